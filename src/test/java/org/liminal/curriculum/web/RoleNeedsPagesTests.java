package org.liminal.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.DayOfRoleView;
import org.liminal.curriculum.DayOfRoles;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.RoleCard;
import org.liminal.curriculum.RoleNeedView;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Organizers say which day-of roles a program needs, and how many people in each. */
@WebTest
@Import(CurriculumFixtures.class)
class RoleNeedsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	Programs programs;

	@Autowired
	DayOfRoles dayOfRoles;

	OrganizationSummary organization;

	MockHttpSession session;

	UUID programId;

	UUID welcomer;

	UUID timekeeper;

	UUID funCaptain;

	@BeforeEach
	void anOrganizerWithADraft() throws Exception {
		organization = fixtures.organization("needs");
		session = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		programId = curriculum.draftProgram(organization, "Core training");
		welcomer = role("Welcomer");
		timekeeper = role("Timekeeper");
		funCaptain = role("Fun captain");
	}

	@Test
	void roleNeedsAreSavedAndShownOnTheDraftPage() throws Exception {
		mvc.perform(get(roles()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"people[" + welcomer + "]\"")))
			.andExpect(content().string(containsString("Manage the organization’s day-of roles")));

		mvc.perform(post(roles()).session(session).with(csrf())
			.param("people[" + welcomer + "]", "2")
			.param("people[" + timekeeper + "]", "0")
			.param("people[" + funCaptain + "]", "1")
			.param("version", String.valueOf(draftVersion())))
			.andExpect(redirectedUrl(draft()))
			.andExpect(flash().attribute("flashSuccess", "roleNeeds.saved"));

		assertThat(needs()).extracting(RoleNeedView::name, RoleNeedView::people)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Fun captain", 1),
					org.assertj.core.groups.Tuple.tuple("Welcomer", 2));
		mvc.perform(get(draft()).session(session))
			.andExpect(content().string(containsString("2 people")))
			.andExpect(content().string(not(containsString(">Timekeeper<"))));
	}

	@Test
	void moreThanFiftyPeopleIsExplainedNextToTheRoleAndNothingIsSaved() throws Exception {
		List<RoleNeedView> before = needs();

		mvc.perform(post(roles()).session(session).with(csrf())
			.param("people[" + welcomer + "]", "51")
			.param("people[" + timekeeper + "]", "")
			.param("people[" + funCaptain + "]", "1")
			.param("version", String.valueOf(draftVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"people-" + welcomer + "-error\"")))
			.andExpect(content().string(containsString("id=\"people-" + timekeeper + "-error\"")))
			.andExpect(content().string(containsString("Enter a number from 0 to 50.")))
			.andExpect(content().string(containsString("value=\"51\"")));

		assertThat(needs()).isEqualTo(before);
	}

	@Test
	void aStaleFormShowsAConflictAndKeepsTheNumbers() throws Exception {
		long version = draftVersion();
		mvc.perform(post(roles()).session(session).with(csrf())
			.param("people[" + welcomer + "]", "3")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl(draft()));

		mvc.perform(post(roles()).session(session).with(csrf())
			.param("people[" + timekeeper + "]", "4")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this draft while you were editing.")))
			.andExpect(content().string(containsString("value=\"4\"")));

		assertThat(needs()).extracting(RoleNeedView::name).containsExactly("Welcomer");
	}

	@Test
	void retiredRolesAreOfferedOnlyWhileTheDraftStillNeedsThem() throws Exception {
		UUID noteTaker = as(() -> dayOfRoles.create(new RoleCard("Note-taker", "Writes it down", "", "", "")));
		as(() -> {
			dayOfRoles.retire(noteTaker);
			dayOfRoles.retire(welcomer);
			return null;
		});

		mvc.perform(get(roles()).session(session))
			.andExpect(content().string(containsString("name=\"people[" + welcomer + "]\"")))
			.andExpect(content().string(containsString("Retired")))
			.andExpect(content().string(not(containsString("Note-taker"))));
	}

	private String roles() {
		return draft() + "/roles";
	}

	private String draft() {
		return "/" + organization.slug() + "/programs/" + programId + "/draft";
	}

	private long draftVersion() {
		return as(() -> programs.draft(programId).version());
	}

	private List<RoleNeedView> needs() {
		return as(() -> programs.draft(programId).roleNeeds());
	}

	private UUID role(String name) {
		return as(() -> dayOfRoles.all()).stream()
			.filter(role -> role.name().equals(name))
			.map(DayOfRoleView::id)
			.findFirst()
			.orElseThrow();
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
