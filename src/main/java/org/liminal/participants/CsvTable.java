package org.liminal.participants;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read into rows of cells (RFC 4180: quoted cells may hold separators, quotes doubled, and line
 * breaks). Spreadsheets write {@code ;} where the comma is the decimal mark (Spanish among them), so the
 * separator is whichever of the two the first line uses more.
 */
public record CsvTable(char separator, List<List<String>> rows) {

	public CsvTable {
		rows = rows.stream().map(List::copyOf).toList();
	}

	public static CsvTable parse(String text) {
		char separator = separatorOf(text);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				addUnlessBlank(rows, row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
			i++;
		}
		row.add(cell.toString());
		addUnlessBlank(rows, row);
		return new CsvTable(separator, rows);
	}

	/** The widest row's number of cells. */
	public int columnCount() {
		return rows.stream().mapToInt(List::size).max().orElse(0);
	}

	/** The cell, or empty where a row is shorter than others. */
	public static String cell(List<String> row, int column) {
		return column < row.size() ? row.get(column) : "";
	}

	private static char separatorOf(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	/** Blank lines (a trailing line break, an empty line between) are no rows. */
	private static void addUnlessBlank(List<List<String>> rows, List<String> row) {
		if (row.stream().anyMatch(cell -> !cell.isBlank())) {
			rows.add(row);
		}
	}

}
