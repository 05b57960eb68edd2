package org.liminal.preparation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Organizers see the chapters' daily runs and run one now; other members are refused, as on the members page. */
@WebTest
@Import(TrainingFixtures.class)
class DailyRunPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TrainingFixtures trainings;

	OrganizationSummary organization;

	MockHttpSession organizer;

	UUID chapterId;

	@BeforeEach
	void anOrganizationWithAChapter() throws Exception {
		organization = fixtures.organization("daily-run-pages");
		organizer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		chapterId = trainings.chapter(organization, "America/Chicago", Set.of(), Set.of());
	}

	@Test
	void anOrganizerRunsAChapterNowAndSeesTheRecord() throws Exception {
		mvc.perform(get(page()).session(organizer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No run yet.")));

		mvc.perform(post(page()).session(organizer).with(csrf()).param("chapterId", chapterId.toString()))
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("flashSuccess", "dailyRuns.ran"));

		mvc.perform(get(page()).session(organizer).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"row\">Chapter ")))
			.andExpect(content().string(not(containsString("not finished"))));
	}

	@Test
	void otherMembersAreRefusedAndOtherOrganizationsChaptersAreNotFound() throws Exception {
		MockHttpSession lead = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.CHAPTER_LEAD).email());
		mvc.perform(get(page()).session(lead)).andExpect(status().isForbidden());
		mvc.perform(post(page()).session(lead).with(csrf()).param("chapterId", chapterId.toString()))
			.andExpect(status().isForbidden());

		OrganizationSummary other = fixtures.organization("daily-run-other");
		UUID otherChapter = trainings.chapter(other, "America/Chicago", Set.of(), Set.of());
		mvc.perform(post(page()).session(organizer).with(csrf()).param("chapterId", otherChapter.toString()))
			.andExpect(status().isNotFound());
		mvc.perform(post(page()).session(organizer).with(csrf()).param("chapterId", "not-a-chapter"))
			.andExpect(status().isBadRequest());
	}

	private String page() {
		return "/" + organization.slug() + "/daily-runs";
	}

}
