package org.liminal.preparation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liminal.preparation.ChecklistItem;
import org.liminal.preparation.ItemStatus;
import org.springframework.mock.web.MockHttpSession;

/** Reading and working a training's checklist through the pages, and who may. */
class PreparationPagesTests extends PreparationPagesTest {

	@Test
	void theTrainingPageShowsTheChecklistWeekByWeekWithItsReadiness() throws Exception {
		UUID trainingId = scheduled(TODAY.plusWeeks(8));

		String page = page(trainingPath(trainingId), session(lead));

		assertThat(page).contains("Preparation checklist")
			.contains("8 weeks before")
			.contains("Training week and after")
			.contains("Owner: the chapter’s leads")
			.contains("Owner: " + teamTrainer.account().displayName())
			.contains("0% done: 0 of " + checklist(trainingId).items().size() + " tasks; none overdue.")
			// Staffed with its lead trainer only: modules and coach still open, weeks ahead: amber, with reasons.
			.contains("Needs attention")
			.contains("No coach yet.")
			.contains("id=\"task-" + leadsTask(trainingId).id() + "\"")
			.contains("Mark done");
		String spanish = mvc.perform(get(trainingPath(trainingId)).session(session(lead)).locale(new Locale("es")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(spanish).contains("Lista de preparación").contains("8 semanas antes").contains("Requiere atención");
	}

	@Test
	void aTrainerOnTheTeamTicksATaskAndReopensIt() throws Exception {
		UUID trainingId = scheduled(TODAY.plusWeeks(8));
		ChecklistItem task = leadTrainersTask(trainingId);
		MockHttpSession trainer = session(teamTrainer);

		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/done", trainer, "version", String.valueOf(task.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(trainingPath(trainingId) + "#task-" + task.id()))
			.andExpect(flash().attribute("flashSuccess", "prep.ticked"));

		ChecklistItem done = task(trainingId, task.id());
		assertThat(done.isDone()).isTrue();
		assertThat(done.doneBy()).isEqualTo(teamTrainer.accountId());
		assertThat(page(trainingPath(trainingId), trainer)).contains("Done by " + teamTrainer.account().displayName())
			.contains("1 of ");

		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/reopen", trainer, "version", String.valueOf(done.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "prep.reopened"));
		assertThat(task(trainingId, task.id()).isOpen()).isTrue();
	}

	@Test
	void aTaskChangedMeanwhileIsAConflictNotAnOverwrite() throws Exception {
		UUID trainingId = scheduled(TODAY.plusWeeks(8));
		ChecklistItem task = leadsTask(trainingId);
		MockHttpSession session = session(lead);
		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/done", session, "version", String.valueOf(task.version())))
			.andExpect(status().is3xxRedirection());

		// A second tab, opened before: its tick, reopen and hand-over all carry the old version.
		for (String action : List.of("/done", "/reopen", "/owner")) {
			mvc.perform(postAs(taskPath(trainingId, task.id()) + action, session, "version", String.valueOf(task.version()),
					"owner", teamTrainer.accountId().toString()))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("flashError", "prep.error.conflict"));
		}
		ChecklistItem now = task(trainingId, task.id());
		assertThat(now.isDone()).isTrue();
		assertThat(now.ownerId()).isNull();
		assertThat(now.version()).isEqualTo(task.version() + 1);
	}

	@Test
	void commentsAreShownAndBadOnesExplainedNextToTheField() throws Exception {
		UUID trainingId = scheduled(TODAY.plusWeeks(8));
		ChecklistItem task = leadsTask(trainingId);
		MockHttpSession session = session(lead);

		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/comments", session, "body", "  Booked the hall.  "))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(trainingPath(trainingId) + "#task-" + task.id()))
			.andExpect(flash().attribute("flashSuccess", "prep.commented"));
		assertThat(page(trainingPath(trainingId), session)).contains("Booked the hall.")
			.contains(lead.account().displayName() + ", ");

		String blank = mvc.perform(postAs(taskPath(trainingId, task.id()) + "/comments", session, "body", "   "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(blank).contains("id=\"body-error\"").contains("Write the comment first.");
		String tooLong = mvc.perform(postAs(taskPath(trainingId, task.id()) + "/comments", session, "body", "x".repeat(2001)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("Keep the comment to 2,000 characters or fewer.");
		assertThat(checklist(trainingId).commentsOn(task.id())).hasSize(1);
	}

	@Test
	void aTaskIsHandedToSomeoneOfTheTeamAndBackToItsRole() throws Exception {
		UUID trainingId = scheduled(TODAY.plusWeeks(8));
		ChecklistItem task = leadTrainersTask(trainingId);
		MockHttpSession session = session(lead);

		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/owner", session, "version", String.valueOf(task.version()),
				"owner", lead.accountId().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "prep.handedOver"));
		ChecklistItem handed = task(trainingId, task.id());
		assertThat(handed.ownerId()).isEqualTo(lead.accountId());

		// Someone neither on the team nor leading the chapter is not offered, and not accepted.
		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/owner", session, "version", String.valueOf(handed.version()),
				"owner", poolTrainer.accountId().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "prep.error.owner"));
		assertThat(task(trainingId, task.id()).ownerId()).isEqualTo(lead.accountId());

		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/owner", session, "version", String.valueOf(handed.version()),
				"owner", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "prep.handedOver"));
		ChecklistItem back = task(trainingId, task.id());
		assertThat(back.ownerId()).isEqualTo(teamTrainer.accountId());
		assertThat(back.assigneeId()).isNull();
	}

	@Test
	void aTaskAddedByHandHasItsErrorsNextToTheFields() throws Exception {
		UUID trainingId = scheduled(TODAY.plusWeeks(8));
		MockHttpSession session = session(lead);
		int before = checklist(trainingId).items().size();
		assertThat(page(trainingPath(trainingId) + "/checklist/new", session)).contains("Add a task to Core in")
			.contains("<label for=\"title\"")
			.contains("<label for=\"dueDate\"")
			.contains("<label for=\"owner\"");

		String empty = mvc.perform(postAs(trainingPath(trainingId) + "/checklist", session, "title", " ", "description",
				"x".repeat(4001), "dueDate", "", "owner", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("id=\"title-error\"")
			.contains("id=\"description-error\"")
			.contains("id=\"dueDate-error\"")
			.contains("Give the task a title.");
		String past = mvc.perform(postAs(trainingPath(trainingId) + "/checklist", session, "title", "Book the bus",
				"description", "", "dueDate", TODAY.minusDays(1).toString(), "owner", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(past).contains("id=\"dueDate-error\"").contains("That date has passed in this chapter.");
		String notADate = mvc.perform(postAs(trainingPath(trainingId) + "/checklist", session, "title", "Book the bus",
				"dueDate", "soon", "owner", poolTrainer.accountId().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(notADate).contains("Enter the date as year-month-day").contains("id=\"owner-error\"");
		assertThat(checklist(trainingId).items()).hasSize(before);

		String redirect = mvc.perform(postAs(trainingPath(trainingId) + "/checklist", session, "title", "Book the bus",
				"description", "For the whole team", "dueDate", TODAY.plusDays(10).toString(), "owner",
				teamTrainer.accountId().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "prep.added"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		ChecklistItem added = checklist(trainingId).items()
			.stream()
			.filter(ChecklistItem::isAddedByHand)
			.findFirst()
			.orElseThrow();
		assertThat(redirect).endsWith("#task-" + added.id());
		assertThat(added.title()).isEqualTo("Book the bus");
		assertThat(added.ownerId()).isEqualTo(teamTrainer.accountId());
		assertThat(added.dueDate()).isEqualTo(TODAY.plusDays(10));
		assertThat(page(trainingPath(trainingId), session)).contains("Book the bus").contains("Added by hand");
	}

	@Test
	void onlyOrganizersTheChaptersLeadsAndTheTeamWorkTheChecklist() throws Exception {
		UUID trainingId = scheduled(TODAY.plusWeeks(8));
		UUID otherTrainingId = scheduled(TODAY.plusWeeks(9));
		ChecklistItem task = leadsTask(trainingId);
		MockHttpSession outsider = session(poolTrainer);
		MockHttpSession otherChaptersLead = session(otherLead);

		for (MockHttpSession session : List.of(outsider, otherChaptersLead)) {
			for (String action : List.of("/done", "/reopen", "/owner", "/comments")) {
				mvc.perform(postAs(taskPath(trainingId, task.id()) + action, session, "version", "0", "body", "hi"))
					.andExpect(status().isNotFound());
			}
			mvc.perform(postAs(trainingPath(trainingId) + "/checklist", session, "title", "x", "dueDate",
					TODAY.plusDays(3).toString()))
				.andExpect(status().isNotFound());
			mvc.perform(get(trainingPath(trainingId) + "/checklist/new").session(session)).andExpect(status().isNotFound());
		}
		// Everyone in the organization follows the checklist, read-only.
		String readOnly = page(trainingPath(trainingId), outsider);
		assertThat(readOnly).contains("Preparation checklist")
			.contains("you can follow it here")
			.doesNotContain("/checklist/" + task.id() + "/done")
			.doesNotContain("/checklist/new");
		// A task of another training than the one in the address does not exist there.
		mvc.perform(postAs(taskPath(otherTrainingId, task.id()) + "/done", session(lead), "version",
				String.valueOf(task.version())))
			.andExpect(status().isNotFound());
		// The organizer works every checklist.
		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/done", session(organizer), "version",
				String.valueOf(task.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(task(trainingId, task.id()).isDone()).isTrue();
	}

	@Test
	void aCancelledTrainingKeepsItsClosedChecklistReadOnly() throws Exception {
		UUID trainingId = scheduled(TODAY.plusWeeks(8));
		ChecklistItem task = leadsTask(trainingId);
		as(() -> {
			trainings.cancel(trainingId, "The venue fell through", trainings.training(trainingId).version());
			return null;
		});
		ChecklistItem closed = task(trainingId, task.id());
		assertThat(closed.status()).isEqualTo(ItemStatus.CANCELLED);

		String page = page(trainingPath(trainingId), session(lead));
		assertThat(page).contains("its checklist is closed").contains("Cancelled").doesNotContain("/done\"");
		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/done", session(lead), "version",
				String.valueOf(closed.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "checklist.error.cancelled"));
		assertThat(task(trainingId, task.id()).status()).isEqualTo(ItemStatus.CANCELLED);
	}

	@Test
	void myTasksPutsOverdueWorkFirstAndTicksComeBackThere() throws Exception {
		UUID later = scheduled(TODAY.plusWeeks(10));
		UUID sooner = scheduled(TODAY.plusWeeks(8));
		// Three weeks on, the tasks of the sooner training's eighth to sixth weeks before are overdue.
		clock.advance(Duration.ofDays(21));
		MockHttpSession session = session(lead);

		String page = page(path("/my-tasks"), session);
		assertThat(page).contains("My tasks").contains("Overdue").containsPattern("\\d+ tasks? overdue");
		assertThat(page.indexOf("/trainings/" + sooner)).isLessThan(page.indexOf("/trainings/" + later));
		ChecklistItem task = leadsTask(sooner);
		assertThat(page).contains("id=\"task-" + task.id() + "\"")
			.doesNotContain("id=\"task-" + leadTrainersTask(sooner).id() + "\"");

		mvc.perform(postAs(taskPath(sooner, task.id()) + "/done", session, "version", String.valueOf(task.version()),
				"from", "my-tasks"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(path("/my-tasks") + "#task-" + task.id()));
		assertThat(page(path("/my-tasks"), session)).doesNotContain("id=\"task-" + task.id() + "\"");

		// The trainer sees the tasks of their seat only; someone with none, the empty state.
		assertThat(page(path("/my-tasks"), session(teamTrainer))).contains("id=\"task-" + leadTrainersTask(sooner).id() + "\"")
			.doesNotContain("id=\"task-" + leadsTask(later).id() + "\"");
		assertThat(page(path("/my-tasks"), session(poolTrainer))).contains("No open tasks for you.");
	}

	@Test
	void theChapterViewIsForOrganizersAndTheChaptersLeads() throws Exception {
		UUID trainingId = scheduled(TODAY.plusWeeks(8));
		clock.advance(Duration.ofDays(21));
		String chapterView = path("/chapters/" + chapterId + "/preparation");

		String page = page(chapterView, session(lead));
		assertThat(page).contains("Preparation in Chapter")
			.contains("/trainings/" + trainingId)
			.contains("Needs attention")
			.contains("overdue")
			.contains("id=\"task-" + leadsTask(trainingId).id() + "\"");
		assertThat(page(chapterView, session(organizer))).contains("Open tasks, overdue first");
		mvc.perform(get(chapterView).session(session(otherLead))).andExpect(status().isNotFound());
		mvc.perform(get(chapterView).session(session(teamTrainer))).andExpect(status().isNotFound());
		assertThat(page(path("/chapters/" + chapterId), session(lead))).contains(chapterView);
		assertThat(page(path("/chapters/" + chapterId), session(otherLead))).doesNotContain(chapterView);

		ChecklistItem task = leadsTask(trainingId);
		mvc.perform(postAs(taskPath(trainingId, task.id()) + "/done", session(lead), "version",
				String.valueOf(task.version()), "from", "chapter"))
			.andExpect(redirectedUrl(chapterView + "#task-" + task.id()));
	}

	@Test
	void theTrainingsListShowsEachUpcomingTrainingsReadiness() throws Exception {
		scheduled(TODAY.plusWeeks(8));
		UUID soon = trainingFixtures.scheduled(organization, chapterId, programId, TODAY.plusDays(5));

		String page = page(path("/trainings"), session(poolTrainer));

		assertThat(page).contains("Needs attention").contains("At risk").contains("No lead trainer yet.");
		assertThat(page.indexOf("/trainings/" + soon)).isLessThan(page.indexOf("At risk"));
	}

	@Test
	void linksToMyTasksAreInTheNavigationAndOnTheHomePage() throws Exception {
		assertThat(page(path(""), session(teamTrainer))).contains("href=\"/" + organization.slug() + "/my-tasks\"")
			.contains("My tasks on the prep checklists");
	}

}
