package org.liminal.participants;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a column of an imported list holds. */
public enum ImportColumn {

	NAME(Set.of("name", "fullname", "firstandlastname", "nombre", "nombrecompleto", "nombreyapellido",
			"nombreyapellidos", "participant", "participante", "person", "persona")),

	EMAIL(Set.of("email", "emailaddress", "mail", "correo", "correoelectronico", "emails",
			"direcciondecorreo", "direcciondecorreoelectronico")),

	PHONE(Set.of("phone", "phonenumber", "telephone", "mobile", "cell", "cellphone", "telefono", "numerodetelefono",
			"movil", "celular", "tel")),

	/** Not imported. */
	IGNORE(Set.of());

	private final Set<String> headers;

	ImportColumn(Set<String> headers) {
		this.headers = headers;
	}

	public String messageKey() {
		return "people.import.column." + name().toLowerCase(Locale.ROOT);
	}

	/**
	 * A guess at each column from its header, in English or Spanish ("E-mail", "Correo electrónico",
	 * "Teléfono"…); a header guessed twice goes to its first column only.
	 */
	public static List<ImportColumn> guess(List<String> header) {
		List<ImportColumn> columns = new ArrayList<>();
		for (String title : header) {
			String key = simplified(title);
			ImportColumn column = IGNORE;
			for (ImportColumn candidate : values()) {
				if (candidate.headers.contains(key) && !columns.contains(candidate)) {
					column = candidate;
					break;
				}
			}
			columns.add(column);
		}
		return columns;
	}

	/** Whether the row looks like headers rather than a person: some cell names a column. */
	public static boolean looksLikeHeader(List<String> row) {
		return guess(row).stream().anyMatch(column -> column != IGNORE);
	}

	/** Lower-case letters and digits only, without accents: "Correo-electrónico " is "correoelectronico". */
	private static String simplified(String title) {
		return Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]", "");
	}

}
