package org.liminal.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The month calendar: each training on each of its days, month by month, cancelled ones marked in words. */
class TrainingCalendarPagesTests extends TrainingPagesTest {

	@Test
	void aTrainingOverTwoMonthsAppearsInBoth() throws Exception {
		UUID twoDays = twoDayProgram("Weekend training");
		UUID training = trainingFixtures.scheduled(organization, chapterId, twoDays, LocalDate.of(2026, 3, 31));

		String march = page("/trainings/calendar?month=2026-03", ana);
		String april = page("/trainings/calendar?month=2026-04", ana);
		String may = page("/trainings/calendar?month=2026-05", ana);

		assertThat(linkedTrainings(march)).containsExactly(training);
		assertThat(march).contains("<caption>March 2026</caption>", "Tuesday, March 31, 2026", "day 1 of 2");
		assertThat(linkedTrainings(april)).containsExactly(training);
		assertThat(april).contains("<caption>April 2026</caption>", "Wednesday, April 1, 2026", "day 2 of 2");
		assertThat(linkedTrainings(may)).isEmpty();
		assertThat(may).contains("No trainings in May 2026.");
	}

	@Test
	void aTrainingOverSeveralDaysIsOnEachOfThem() throws Exception {
		UUID twoDays = twoDayProgram("Weekend training");
		UUID training = trainingFixtures.scheduled(organization, chapterId, twoDays, LocalDate.of(2026, 4, 18));

		String april = page("/trainings/calendar?month=2026-04", ana);

		assertThat(linkedTrainings(april)).containsExactly(training, training);
		assertThat(april).contains("day 1 of 2", "day 2 of 2", "10:00");
	}

	@Test
	void theMonthIsAnAccessibleTableStartingOnMondayWithTodayMarked() throws Exception {
		String body = page("/trainings/calendar", ana);

		assertThat(body).contains("<caption>March 2026</caption>")
			.contains("<th scope=\"col\">\n        <abbr title=\"Monday\">Mon</abbr>")
			.contains("aria-current=\"date\"", ">Today<")
			.contains("href=\"/" + organization.slug() + "/trainings/calendar?month=2026-02\"")
			.contains("href=\"/" + organization.slug() + "/trainings/calendar?month=2026-04\"");
		assertThat(body.indexOf("title=\"Monday\"")).isLessThan(body.indexOf("title=\"Sunday\""));
	}

	@Test
	void cancelledTrainingsAreStruckThroughAndSaySo() throws Exception {
		UUID training = scheduled(LocalDate.of(2026, 3, 21));
		cancel(training);

		String body = page("/trainings/calendar?month=2026-03", ana);

		assertThat(linkedTrainings(body)).containsExactly(training);
		assertThat(body).contains("<s>Core training · v1</s>", ">Cancelled<");
	}

	@Test
	void theChapterFilterKeepsToOneChapterAcrossMonths() throws Exception {
		UUID other = trainingFixtures.chapter(organization, "Europe/Madrid", Set.of(), Set.of());
		UUID here = scheduled(LocalDate.of(2026, 3, 21));
		UUID there = trainingFixtures.scheduled(organization, other, programId, LocalDate.of(2026, 3, 24));

		String body = page("/trainings/calendar?month=2026-03&chapter=" + other, ana);

		assertThat(linkedTrainings(body)).containsExactly(there).doesNotContain(here);
		assertThat(body).contains("href=\"/" + organization.slug() + "/trainings/calendar?month=2026-04&amp;chapter="
				+ other + "\"");
		assertThat(linkedTrainings(page("/trainings/calendar?month=2026-03", ana))).containsExactly(here, there);
	}

	@Test
	void aMonthOrChapterThatCannotBeReadShowsTheCurrentMonthWithAMessage() throws Exception {
		UUID training = scheduled(LocalDate.of(2026, 3, 21));

		String body = page("/trainings/calendar?month=2026-13&chapter=Springfield", ana);

		assertThat(linkedTrainings(body)).containsExactly(training);
		assertThat(body).contains("<caption>March 2026</caption>", "id=\"month-error\"", "id=\"chapter-error\"",
				"This is not a month such as 2026-12, so the current month is shown.");
	}

}
