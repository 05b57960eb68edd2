package org.liminal.preparation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures.Person;
import org.liminal.QueryCounter;
import org.liminal.organizations.OrganizationRole;
import org.liminal.preparation.ChecklistItem;
import org.springframework.mock.web.MockHttpSession;

/**
 * The checklist on the training page, "my tasks" and the chapter view cost the same number of statements
 * however many tasks are done, commented or open, and however many trainings they come from.
 */
class PreparationPagesQueriesTests extends PreparationPagesTest {

	@Test
	void theTrainingPageWithItsChecklistLoadsInABoundedNumberOfQueries() throws Exception {
		UUID quiet = scheduled(TODAY.plusWeeks(8));
		UUID busy = scheduled(TODAY.plusWeeks(9));
		List<Person> helpers = List.of(fixtures.member(organization, OrganizationRole.COACH),
				fixtures.member(organization, OrganizationRole.TRAINER));
		List<ChecklistItem> tasks = checklist(busy).items();
		for (int i = 0; i < 8; i++) {
			ChecklistItem task = tasks.get(i);
			UUID by = i % 2 == 0 ? lead.accountId() : teamTrainer.accountId();
			as(() -> {
				checklists.tick(task.id(), task.version(), by);
				checklists.comment(task.id(), helpers.get(0).accountId(), "Done, see the notes");
				checklists.comment(task.id(), helpers.get(1).accountId(), "Thanks");
				return null;
			});
		}
		MockHttpSession session = session(lead);

		int forQuiet = queries(trainingPath(quiet), session);
		int forBusy = queries(trainingPath(busy), session);

		assertThat(forBusy).isEqualTo(forQuiet);
		// The training page's own 25 at most, plus the checklist, its comments, its progress and the people, and the
		// rehearsals' run-throughs and verdicts (for the matrix and for readiness), and the registrations section (its
		// connection and its headcount, which readiness reuses).
		assertThat(forQuiet).isLessThanOrEqualTo(42);
	}

	@Test
	void myTasksAndTheChapterViewLoadInABoundedNumberOfQueries() throws Exception {
		scheduled(TODAY.plusWeeks(8));
		MockHttpSession session = session(lead);
		String chapterView = path("/chapters/" + chapterId + "/preparation");
		int myTasksOfOne = queries(path("/my-tasks"), session);
		int chapterViewOfOne = queries(chapterView, session);

		for (int i = 1; i <= 5; i++) {
			scheduled(TODAY.plusWeeks(8).plusDays(i));
		}
		int myTasksOfSix = queries(path("/my-tasks"), session);
		int chapterViewOfSix = queries(chapterView, session);

		assertThat(myTasksOfSix).isEqualTo(myTasksOfOne);
		assertThat(chapterViewOfSix).isEqualTo(chapterViewOfOne);
		assertThat(myTasksOfOne).isLessThanOrEqualTo(20);
		// The trainings as in the list (with their readiness), the open tasks, and the people's names.
		assertThat(chapterViewOfOne).isLessThanOrEqualTo(40);
	}

	private int queries(String path, MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

}
