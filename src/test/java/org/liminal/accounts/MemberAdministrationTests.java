package org.liminal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Organizers change roles and remove members, without losing anyone's concurrent edit or the last organizer. */
@WebTest
class MemberAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Memberships memberships;

	OrganizationSummary organization;

	Person organizer;

	Person trainer;

	MockHttpSession session;

	@BeforeEach
	void anOrganizerAndATrainer() throws Exception {
		organization = fixtures.organization("members");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		session = SignIn.as(mvc, organizer.email());
	}

	@Test
	void theMemberListShowsEveryMember() throws Exception {
		mvc.perform(get(members()).session(session))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString(trainer.email()),
						org.hamcrest.Matchers.containsString(organizer.email()))));
	}

	@Test
	void anOrganizerChangesAMembersRoles() throws Exception {
		changeRoles(trainer, 0, "TRAINER", "COACH").andExpect(flash().attribute("flashSuccess", "members.rolesChanged"));

		assertThat(rolesOf(trainer)).contains(Set.of(OrganizationRole.TRAINER, OrganizationRole.COACH));
	}

	@Test
	void aStaleFormGetsAConflictMessageInsteadOfOverwriting() throws Exception {
		changeRoles(trainer, 0, "TRAINER", "COACH");

		changeRoles(trainer, 0, "CHAPTER_LEAD").andExpect(flash().attribute("flashError", "members.error.conflict"));

		assertThat(rolesOf(trainer)).contains(Set.of(OrganizationRole.TRAINER, OrganizationRole.COACH));
	}

	@Test
	void aMemberNeedsAtLeastOneRole() throws Exception {
		changeRoles(trainer, 0).andExpect(flash().attribute("flashError", "members.error.noRole"));

		assertThat(rolesOf(trainer)).contains(Set.of(OrganizationRole.TRAINER));
	}

	@Test
	void theLastOrganizerCannotStepDownOrBeRemoved() throws Exception {
		changeRoles(organizer, 0, "TRAINER").andExpect(flash().attribute("flashError", "members.error.lastOrganizer"));
		remove(organizer, 0).andExpect(flash().attribute("flashError", "members.error.lastOrganizer"));

		assertThat(rolesOf(organizer)).contains(Set.of(OrganizationRole.ORGANIZER));
	}

	@Test
	void anOrganizerCanStepDownOnceThereIsAnother() throws Exception {
		changeRoles(trainer, 0, "ORGANIZER");

		changeRoles(organizer, 0, "COACH").andExpect(flash().attribute("flashSuccess", "members.rolesChanged"));
	}

	@Test
	void anOrganizerRemovesAMember() throws Exception {
		remove(trainer, 0).andExpect(flash().attribute("flashSuccess", "members.removed"));

		assertThat(rolesOf(trainer)).isEmpty();
		MockHttpSession trainerSession = SignIn.as(mvc, trainer.email());
		mvc.perform(get("/" + organization.slug()).session(trainerSession)).andExpect(status().isNotFound());
	}

	@Test
	void unknownRolesAreABadRequestNotAnError() throws Exception {
		mvc.perform(post(members() + "/" + trainer.member().membershipId() + "/roles").session(session)
			.with(csrf())
			.param("roles", "EMPEROR")
			.param("version", "0")).andExpect(status().is4xxClientError());

		assertThat(rolesOf(trainer)).contains(Set.of(OrganizationRole.TRAINER));
	}

	private ResultActions changeRoles(Person person, long version, String... roles) throws Exception {
		var request = post(members() + "/" + person.member().membershipId() + "/roles").session(session)
			.with(csrf())
			.param("version", String.valueOf(version));
		if (roles.length > 0) {
			request.param("roles", roles);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private ResultActions remove(Person person, long version) throws Exception {
		return mvc.perform(post(members() + "/" + person.member().membershipId() + "/remove").session(session)
			.with(csrf())
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
	}

	private Optional<Set<OrganizationRole>> rolesOf(Person person) {
		return TenantContext.callAsOrganization(organization.id(), () -> memberships.rolesOf(person.accountId()));
	}

	private String members() {
		return "/" + organization.slug() + "/members";
	}

}
