package org.liminal.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures.Person;
import org.liminal.organizations.OrganizationRole;

/** Every member reads the trainings: upcoming first, filtered, paged, with compressed preparations marked. */
class TrainingListPagesTests extends TrainingPagesTest {

	static final LocalDate MARCH_21 = LocalDate.of(2026, 3, 21);

	static final LocalDate APRIL_20 = LocalDate.of(2026, 4, 20);

	@Test
	void theListStartsWithWhatIsNextAndThePastIsOneLinkAway() throws Exception {
		UUID february = held(LocalDate.of(2026, 2, 10));
		UUID january = held(LocalDate.of(2026, 1, 20));
		UUID april = scheduled(APRIL_20);
		UUID march = scheduled(MARCH_21);

		String upcoming = page("/trainings", ana);
		assertThat(linkedTrainings(upcoming)).containsExactly(march, april);
		assertThat(upcoming).contains("2 trainings", "page 1 of 1", "soonest first")
			.contains("value=\"2026-03-01\"")
			.contains("href=\"/" + organization.slug() + "/trainings?from=&amp;to=2026-02-28\"");

		String past = page("/trainings?from=&to=2026-02-28", ana);
		assertThat(linkedTrainings(past)).containsExactly(february, january);
		assertThat(past).contains("most recent first");

		assertThat(linkedTrainings(page("/trainings?from=", ana))).containsExactly(january, february, march, april);
	}

	@Test
	void eachRowSaysWhenWhereAndWhatInTheChaptersTimeZone() throws Exception {
		UUID march = scheduled(MARCH_21);

		String body = page("/trainings", ana);

		assertThat(linkedTrainings(body)).containsExactly(march);
		// Daylight saving time started in Chicago on 8 March 2026.
		assertThat(body).contains("Mar 21, 2026", "from 10:00 CDT", "Core training · v1", "Scheduled", "In person",
				"English", "Public", "No seats filled yet");
	}

	@Test
	void aCompressedPreparationIsMarkedWithItsReason() throws Exception {
		scheduled(MARCH_21);
		scheduled(APRIL_20);

		String body = page("/trainings", ana);

		assertThat(body).containsOnlyOnce("Compressed preparation")
			.contains("scheduled 20 days ahead; a full preparation takes six to eight weeks.");
	}

	@Test
	void filtersByChapter() throws Exception {
		UUID other = trainingFixtures.chapter(organization, "Europe/Madrid", Set.of(), Set.of());
		UUID here = scheduled(MARCH_21);
		UUID there = trainingFixtures.scheduled(organization, other, programId, APRIL_20);

		assertThat(linkedTrainings(page("/trainings?chapter=" + other, ana))).containsExactly(there);
		assertThat(linkedTrainings(page("/trainings?chapter=" + chapterId, ana))).containsExactly(here);
		assertThat(page("/trainings?chapter=" + other, ana)).as("the filter shows the chapter chosen")
			.containsPattern("<option value=\"" + other + "\" selected=\"selected\">")
			.doesNotContainPattern("<option value=\"" + chapterId + "\" selected");
	}

	@Test
	void filtersByProgram() throws Exception {
		UUID advancedProgram = curriculum.publishedProgram(organization, "Advanced training");
		UUID core = scheduled(MARCH_21);
		UUID advanced = trainingFixtures.scheduled(organization, chapterId, advancedProgram, APRIL_20);

		String body = page("/trainings?program=" + advancedProgram, ana);

		assertThat(linkedTrainings(body)).containsExactly(advanced);
		assertThat(linkedTrainings(page("/trainings?program=" + programId, ana))).containsExactly(core);
	}

	@Test
	void filtersByStatus() throws Exception {
		UUID draft = trainingFixtures.draft(organization, chapterId, programId, MARCH_21);
		UUID scheduled = scheduled(APRIL_20);
		UUID cancelled = scheduled(APRIL_20.plusDays(7));
		cancel(cancelled);

		assertThat(linkedTrainings(page("/trainings?status=DRAFT", ana))).containsExactly(draft);
		assertThat(linkedTrainings(page("/trainings?status=SCHEDULED", ana))).containsExactly(scheduled);
		assertThat(linkedTrainings(page("/trainings?status=CANCELLED", ana))).containsExactly(cancelled);
		assertThat(linkedTrainings(page("/trainings", ana))).containsExactly(draft, scheduled, cancelled);
	}

	@Test
	void filtersByDateRange() throws Exception {
		UUID march = scheduled(MARCH_21);
		UUID april = scheduled(APRIL_20);
		UUID may = scheduled(LocalDate.of(2026, 5, 15));

		assertThat(linkedTrainings(page("/trainings?from=2026-04-01", ana))).containsExactly(april, may);
		assertThat(linkedTrainings(page("/trainings?to=2026-04-30", ana))).containsExactly(march, april);
		assertThat(linkedTrainings(page("/trainings?from=2026-04-01&to=2026-04-30", ana))).containsExactly(april);
	}

	@Test
	void pagesHoldTwentyAndKeepTheFilters() throws Exception {
		List<UUID> all = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			all.add(scheduled(MARCH_21.plusDays(i)));
		}
		String filter = "chapter=" + chapterId + "&status=SCHEDULED";

		String first = page("/trainings?" + filter, ana);
		assertThat(linkedTrainings(first)).containsExactlyElementsOf(all.subList(0, 20));
		assertThat(first).contains("23 trainings", "page 1 of 2")
			.contains("href=\"/" + organization.slug() + "/trainings?chapter=" + chapterId
					+ "&amp;status=SCHEDULED&amp;from=2026-03-01&amp;page=2\"")
			.doesNotContain("rel=\"prev\"");

		String second = page("/trainings?" + filter + "&from=2026-03-01&page=2", ana);
		assertThat(linkedTrainings(second)).containsExactlyElementsOf(all.subList(20, 23));
		assertThat(second).contains("page 2 of 2", "rel=\"prev\"").doesNotContain("rel=\"next\"");

		// An address kept from when the list was longer shows its last page.
		assertThat(linkedTrainings(page("/trainings?" + filter + "&page=9", ana)))
			.containsExactlyElementsOf(all.subList(20, 23));
	}

	@Test
	void filtersThatCannotBeReadAreIgnoredWithAMessage() throws Exception {
		UUID march = scheduled(MARCH_21);

		String body = page("/trainings?status=POSTPONED&chapter=not-an-id&program=" + UUID.randomUUID()
				+ "&to=2026-13-45&page=first", ana);

		assertThat(linkedTrainings(body)).containsExactly(march);
		assertThat(body).contains("id=\"status-error\"", "id=\"chapter-error\"", "id=\"program-error\"",
				"id=\"to-error\"")
			.contains("This is not one of the choices offered, so this filter is ignored.")
			.contains("This is not a date such as 2026-12-31, so this filter is ignored.");
	}

	@Test
	void anEmptyListSaysSoAndPointsToThePast() throws Exception {
		String body = page("/trainings", ana);

		assertThat(linkedTrainings(body)).isEmpty();
		assertThat(body).contains("No trainings are coming up.", "See past trainings");
	}

	@Test
	void onlyOrganizersAndChapterLeadsAreOfferedToScheduleATraining() throws Exception {
		Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		String schedule = "href=\"/" + organization.slug() + "/trainings/new\"";

		assertThat(page("/trainings", organizer)).contains(schedule);
		assertThat(page("/trainings", lead)).contains(schedule);
		assertThat(page("/trainings", ana)).doesNotContain(schedule);
	}

	@Test
	void theNavigationLeadsToTrainingsAndTrainersToTheirOwn() throws Exception {
		String myTrainings = "href=\"/" + organization.slug() + "/my-trainings\"";

		assertThat(page("", ana)).contains("href=\"/" + organization.slug() + "/trainings\"", myTrainings);
		assertThat(page("", coach)).contains(myTrainings);
		assertThat(page("", organizer)).doesNotContain(myTrainings);
	}

}
