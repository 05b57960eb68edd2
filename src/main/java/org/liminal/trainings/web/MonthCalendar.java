package org.liminal.trainings.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.trainings.TrainingDay;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;

/**
 * A month of trainings as a calendar: whole weeks from Monday to Sunday, each day listing the trainings
 * that run on it (a training over several days appears on each of them, at that day's start time).
 *
 * @param title the month's name and year in the reader's language, such as "December 2026"
 */
record MonthCalendar(YearMonth month, String title, List<Weekday> weekdays, List<Week> weeks) {

	static MonthCalendar of(YearMonth month, LocalDate today, List<TrainingSummary> trainings,
			Map<UUID, List<TrainingDay>> days, Locale locale) {
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		DateTimeFormatter fullDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		List<Week> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			boolean inMonth = YearMonth.from(date).equals(month);
			List<Entry> entries = inMonth ? entriesOn(date, trainings, days) : List.of();
			week.add(new Day(date, inMonth, date.equals(today), fullDate.format(date), entries));
			if (week.size() == 7) {
				weeks.add(new Week(week));
				week = new ArrayList<>();
			}
		}
		List<Weekday> weekdays = new ArrayList<>();
		for (DayOfWeek day = DayOfWeek.MONDAY; weekdays.size() < 7; day = day.plus(1)) {
			weekdays.add(new Weekday(day.getDisplayName(TextStyle.SHORT, locale), day.getDisplayName(TextStyle.FULL, locale)));
		}
		return new MonthCalendar(month, capitalized(month, locale), weekdays, weeks);
	}

	static String capitalized(YearMonth month, Locale locale) {
		String name = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	public boolean isEmpty() {
		return weeks.stream().allMatch(Week::isQuiet);
	}

	private static List<Entry> entriesOn(LocalDate date, List<TrainingSummary> trainings,
			Map<UUID, List<TrainingDay>> days) {
		List<Entry> entries = new ArrayList<>();
		for (TrainingSummary training : trainings) {
			if (!training.runsOn(date)) {
				continue;
			}
			List<TrainingDay> ofTraining = days.getOrDefault(training.id(), List.of());
			int dayCount = Math.max(ofTraining.size(), (int) (training.lastDay().toEpochDay() - training.firstDay().toEpochDay()) + 1);
			TrainingDay day = ofTraining.stream().filter(d -> d.date().equals(date)).findFirst().orElse(null);
			int number = day != null ? day.day() : (int) (date.toEpochDay() - training.firstDay().toEpochDay()) + 1;
			LocalTime startsAt = day != null ? day.startsAt() : training.startsAt();
			entries.add(new Entry(training, number, dayCount, startsAt));
		}
		entries.sort(Comparator.comparing(Entry::startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(entry -> entry.training().programName()));
		return entries;
	}

	/** A column heading: the short name shown, the full name read out. */
	record Weekday(String shortName, String fullName) {
	}

	record Week(List<Day> days) {

		/** A week without trainings in the month, which phones leave out. */
		public boolean isQuiet() {
			return days.stream().allMatch(day -> day.entries().isEmpty());
		}

	}

	/**
	 * @param inMonth whether the day belongs to the month shown (the first and last weeks reach into others)
	 * @param label the full date, such as "Monday, December 7, 2026"
	 */
	record Day(LocalDate date, boolean inMonth, boolean today, String label, List<Entry> entries) {

		public boolean isQuiet() {
			return entries.isEmpty();
		}

	}

	/**
	 * One training on one of its days.
	 *
	 * @param day which of its days this is, from 1
	 * @param days how many days it has
	 */
	record Entry(TrainingSummary training, int day, int days, LocalTime startsAt) {

		public String time() {
			return startsAt == null ? "" : TrainingRow.TIME.format(startsAt);
		}

		public boolean isCancelled() {
			return training.status() == TrainingStatus.CANCELLED;
		}

		public String statusKey() {
			return TrainingRow.statusKey(training.status());
		}

	}

}
