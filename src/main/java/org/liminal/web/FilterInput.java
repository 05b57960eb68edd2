package org.liminal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

import org.springframework.validation.Errors;

/**
 * Reads a page's filters from the address (the training list and calendar, the dashboards). A value that is not a
 * date, not one of the options offered or not a status is ignored, with a message next to its field: a filter
 * that cannot be read must never fail the page.
 */
public final class FilterInput {

	static final String NOT_AN_OPTION = "filter.error.option";

	static final String NOT_A_DATE = "filter.error.date";

	private FilterInput() {
	}

	/** One of the offered ids, or {@code null} for "any". */
	public static UUID choice(String raw, Collection<UUID> offered, String field, Errors errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(raw.strip());
			if (offered.contains(id)) {
				return id;
			}
		}
		catch (IllegalArgumentException notAnId) {
			// Same answer as an id nobody offered.
		}
		errors.rejectValue(field, NOT_AN_OPTION);
		return null;
	}

	/** One of an enumeration's values, named in any case, or {@code null} for "any". */
	public static <E extends Enum<E>> E choice(String raw, Class<E> type, String field, Errors errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			errors.rejectValue(field, NOT_AN_OPTION);
			return null;
		}
	}

	/** A date as date inputs send it (2026-12-31), or {@code null} for no bound. */
	public static LocalDate date(String raw, String field, Errors errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(raw.strip());
			if (date.getYear() >= 1 && date.getYear() <= 9999) {
				return date;
			}
		}
		catch (DateTimeParseException notADate) {
			// Same answer as a date out of range.
		}
		errors.rejectValue(field, NOT_A_DATE);
		return null;
	}

	public static int page(String raw) {
		try {
			return raw == null ? 1 : Math.max(1, Integer.parseInt(raw.strip()));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

}
