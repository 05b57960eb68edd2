package org.liminal.participants.web;

import java.util.List;

/**
 * CSV as spreadsheets open it safely: RFC 4180 quoting and CRLF line ends, a byte order mark so that names with
 * accents survive Excel, and cells that a spreadsheet would take for a formula (=, +, -, @) prefixed with an
 * apostrophe, so that a name typed by a stranger on the public form can never run as one.
 */
final class Csv {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);

	Csv row(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(cell(cells.get(i)));
		}
		text.append("\r\n");
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	static String cell(String value) {
		String safe = value == null ? "" : value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
