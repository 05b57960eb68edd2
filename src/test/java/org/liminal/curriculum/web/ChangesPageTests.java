package org.liminal.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.DraftModules;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The page showing what changed between two versions of a program. */
@WebTest
@Import(CurriculumFixtures.class)
class ChangesPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	Programs programs;

	@Autowired
	DraftModules modules;

	OrganizationSummary organization;

	MockHttpSession trainer;

	MockHttpSession organizer;

	UUID programId;

	@BeforeEach
	void aProgramWithTwoVersions() throws Exception {
		organization = fixtures.organization("changes");
		Person trainerPerson = fixtures.member(organization, OrganizationRole.TRAINER);
		Person organizerPerson = fixtures.member(organization, OrganizationRole.ORGANIZER);
		programId = curriculum.publishedProgram(organization, "Core training");
		TenantContext.runAsOrganization(organization.id(), () -> {
			programs.startDraft(programId);
			ModuleView change = programs.draft(programId).modules().get(1);
			modules.change(programId, change.id(), CurriculumFixtures.module("Theory of change", 90), change.version());
			programs.publish(programId, programs.draft(programId).version());
			programs.startDraft(programId);
		});
		trainer = SignIn.as(mvc, trainerPerson.email());
		organizer = SignIn.as(mvc, organizerPerson.email());
	}

	@Test
	void aMemberSeesTheChangedDurationOfAModule() throws Exception {
		String page = page(trainer, "?from=1&to=2", 200);

		assertThat(page).contains("Version 1 → version 2")
			.contains("Theory of change")
			.contains("Duration: 60 → 90 min")
			.contains("Changed");
		assertThat(page).doesNotContain("Story of self");
	}

	@Test
	void addedAndRemovedModulesAreNamedWithTheirLength() throws Exception {
		TenantContext.runAsOrganization(organization.id(), () -> {
			modules.add(programId, CurriculumFixtures.module("Team launch", 50));
			modules.remove(programId, programs.draft(programId).modules().get(0).id());
		});

		String page = page(organizer, "?from=2&to=draft", 200);

		assertThat(page).containsPattern("Added</span>\\s*<strong>Team launch</strong>\\s*<span class=\"muted\">50 min, 1 trainer")
			.containsPattern("Removed</span>\\s*<strong>Story of self</strong>\\s*<span class=\"muted\">45 min, 1 trainer");
	}

	@Test
	void theSameVersionTwiceHasNoChanges() throws Exception {
		assertThat(page(trainer, "?from=2&to=2", 200)).contains("No changes: both hold the same curriculum.");
	}

	@Test
	void organizersCompareWithTheDraftButOthersDoNotFindIt() throws Exception {
		assertThat(page(organizer, "?from=2&to=draft", 200)).contains("Version 2 → the draft")
			.contains("No changes: both hold the same curriculum.");
		mvc.perform(get(changes() + "?from=2&to=draft").session(trainer)).andExpect(status().isNotFound());
	}

	@Test
	void theFormOffersTheDraftOnlyToOrganizers() throws Exception {
		assertThat(page(organizer, "", 200)).contains("<option value=\"draft\"");
		assertThat(page(trainer, "", 200)).doesNotContain("value=\"draft\"")
			.contains("Choose the two versions to compare.");
	}

	@Test
	void versionsThatAreNotNumbersAreExplainedAndUnknownOnesAreNotFound() throws Exception {
		assertThat(page(trainer, "?from=one&to=2", 400)).contains("must be version numbers");
		mvc.perform(get(changes() + "?from=1&to=99").session(trainer)).andExpect(status().isNotFound());
		mvc.perform(get(changes() + "?from=0&to=1").session(trainer)).andExpect(status().isNotFound());
	}

	@Test
	void theVersionPageLinksToItsChanges() throws Exception {
		String version = mvc.perform(get("/" + organization.slug() + "/programs/" + programId + "/versions/2")
			.session(trainer)).andReturn().getResponse().getContentAsString();

		assertThat(HtmlUtils.htmlUnescape(version)).contains(changes() + "?from=1&to=2");
	}

	private String page(MockHttpSession session, String query, int status) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get(changes() + query).session(session))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String changes() {
		return "/" + organization.slug() + "/programs/" + programId + "/changes";
	}

}
