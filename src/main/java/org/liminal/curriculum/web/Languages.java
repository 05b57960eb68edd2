package org.liminal.curriculum.web;

import java.util.List;
import java.util.Locale;

/** The languages a program can be offered in, named in the reader's own language. */
final class Languages {

	static final List<String> CODES = List.of("en", "es", "fr", "pt", "de", "it", "ca", "eu", "gl", "ar", "zh");

	/** A language as a form offers it. */
	record Option(String code, String name) {
	}

	private Languages() {
	}

	static List<Option> options(Locale reader) {
		return CODES.stream().map(code -> new Option(code, name(code, reader))).toList();
	}

	static String name(String code, Locale reader) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
		return name.substring(0, 1).toUpperCase(reader) + name.substring(1);
	}

}
