package org.liminal.trainings;

/**
 * The content lines of an iCalendar object (RFC 5545, section 3.1): each ends with CRLF, and a line longer than
 * 75 octets of UTF-8 is folded onto continuation lines that start with a space, never inside a character.
 */
final class ContentLines {

	private static final int MAX_OCTETS = 75;

	private final StringBuilder text = new StringBuilder();

	/**
	 * A property whose value is written as it is: dates, numbers, URIs, names. Control characters are dropped, so
	 * that no value can start a line of its own.
	 */
	ContentLines property(String nameAndParameters, String value) {
		fold(nameAndParameters + ":" + withoutControlCharacters(value));
		return this;
	}

	/** A property of type TEXT: backslashes, semicolons, commas and line breaks are escaped (section 3.3.11). */
	ContentLines text(String name, String value) {
		fold(name + ":" + escape(value));
		return this;
	}

	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		String lines = value.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < lines.length(); i++) {
			char c = lines.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				default -> {
					if (!isControl(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	private static String withoutControlCharacters(String value) {
		StringBuilder kept = new StringBuilder(value.length());
		value.chars().filter(c -> !isControl((char) c)).forEach(c -> kept.append((char) c));
		return kept.toString();
	}

	/** TEXT allows horizontal tabs but no other control characters. */
	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t') || c == 0x7f;
	}

	private void fold(String line) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = utf8Length(codePoint);
			if (octets + size > MAX_OCTETS) {
				text.append("\r\n ");
				octets = 1;
			}
			text.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		text.append("\r\n");
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return codePoint < 0x10000 ? 3 : 4;
	}

	@Override
	public String toString() {
		return text.toString();
	}

}
