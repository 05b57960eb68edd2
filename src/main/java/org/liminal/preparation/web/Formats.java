package org.liminal.preparation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.liminal.trainings.TrainingSummary;

/** Dates and times of checklists in the reader's language; times in the chapter's zone, where the work happens. */
final class Formats {

	private Formats() {
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	/** A training's first day, or its first and last day when it runs over several. */
	static String dates(TrainingSummary training, Locale locale) {
		return training.isMultiDay() ? date(training.firstDay(), locale) + " – " + date(training.lastDay(), locale)
				: date(training.firstDay(), locale);
	}

	static String dateTime(Instant instant, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(instant.atZone(zone));
	}

}
