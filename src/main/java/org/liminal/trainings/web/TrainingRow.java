package org.liminal.trainings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;

/**
 * A training as lists show it, with its dates, start time and time zone written out in the reader's
 * language. Times stay in the chapter's zone: that is where people meet.
 *
 * @param dates the first day, or the first and last day of a training over several days
 * @param startsAt the first day's start, such as "10:00"
 * @param zone the chapter's zone abbreviation on the first day, such as "CST" (it changes with daylight saving)
 */
record TrainingRow(TrainingSummary training, String dates, String startsAt, String zone, String language) {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	static TrainingRow of(TrainingSummary training, Locale locale) {
		String dates = training.isMultiDay()
				? date(training.firstDay(), locale) + " – " + date(training.lastDay(), locale)
				: date(training.firstDay(), locale);
		LocalTime start = training.startsAt() != null ? training.startsAt() : LocalTime.MIDNIGHT;
		String zone = DateTimeFormatter.ofPattern("zzz", locale)
			.format(ZonedDateTime.of(training.firstDay(), start, training.zone()));
		return new TrainingRow(training, dates, training.startsAt() != null ? TIME.format(start) : "", zone,
				languageName(training.language(), locale));
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	/** How many days it runs. */
	public long dayCount() {
		return ChronoUnit.DAYS.between(training.firstDay(), training.lastDay()) + 1;
	}

	/** The message key naming where it happens. */
	public String placeKey() {
		if (training.inPerson() && training.online()) {
			return "trainings.place.both";
		}
		if (training.inPerson()) {
			return "trainings.place.inPerson";
		}
		return training.online() ? "trainings.place.online" : "trainings.place.none";
	}

	public String statusKey() {
		return statusKey(training.status());
	}

	static String statusKey(TrainingStatus status) {
		return status.messageKey();
	}

	/** A CSS class per status, for the badge's look; the badge's text says the status. */
	public String statusClass() {
		return "status-" + training.status().name().toLowerCase(Locale.ROOT);
	}

	private static String languageName(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		if (name.isBlank() || name.equals(code)) {
			return code;
		}
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
