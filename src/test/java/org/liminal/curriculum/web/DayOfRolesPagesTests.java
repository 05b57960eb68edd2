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
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.DayOfRoleView;
import org.liminal.curriculum.DayOfRoles;
import org.liminal.curriculum.RoleCard;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Organizers write the organization's day-of roles; everyone reads the role cards. */
@WebTest
class DayOfRolesPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DayOfRoles dayOfRoles;

	OrganizationSummary organization;

	MockHttpSession organizer;

	MockHttpSession trainer;

	@BeforeEach
	void anOrganizerAndATrainer() throws Exception {
		organization = fixtures.organization("roles");
		organizer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		trainer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.TRAINER).email());
	}

	@Test
	void anOrganizerCreatesARoleWhoseCardKeepsLineBreaksAsPlainText() throws Exception {
		mvc.perform(get(roles() + "/new").session(organizer)).andExpect(status().isOk());

		String location = create("Note-taker", "Writes down what the group decides",
				"Bring a notebook\nand two pens", "**Write** <b>everything</b>", "Share the notes")
			.andExpect(flash().attribute("flashSuccess", "dayOfRole.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		mvc.perform(get(location).session(trainer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Note-taker")))
			.andExpect(content().string(containsString("Bring a notebook\nand two pens")))
			.andExpect(content().string(containsString("**Write** &lt;b&gt;everything&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("/edit"))));
	}

	@Test
	void aNameAlreadyUsedIsExplainedNextToTheName() throws Exception {
		create("Tech host", "", "", "", "");

		create("tech HOST", "Another", "", "", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("There is already a day-of role called “tech HOST”.")));

		assertThat(names()).containsOnlyOnce("Tech host");
	}

	@Test
	void anOrganizerEditsARoleCard() throws Exception {
		DayOfRoleView role = role(create("Wellness lead", "Looks after people", "", "", ""));
		mvc.perform(get(roles() + "/" + role.id() + "/edit").session(organizer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Wellness lead\"")));

		save(role, "Wellbeing lead", "Looks after everyone").andExpect(redirectedUrl(roles() + "/" + role.id()))
			.andExpect(flash().attribute("flashSuccess", "dayOfRole.saved"));

		assertThat(role(role.id()).card().summary()).isEqualTo("Looks after everyone");
		assertThat(role(role.id()).name()).isEqualTo("Wellbeing lead");
	}

	@Test
	void renamingToAnotherRolesNameIsRefusedNextToTheName() throws Exception {
		create("Tech host", "", "", "", "");
		DayOfRoleView role = role(create("Photographer", "", "", "", ""));

		save(role, "TECH host", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")));

		assertThat(role(role.id()).name()).isEqualTo("Photographer");
	}

	@Test
	void aStaleEditShowsAConflictKeepsTheInputAndSavesNothing() throws Exception {
		DayOfRoleView role = role(create("Runner", "Fetches things", "", "", ""));
		save(role, "Runner", "Fetches what trainers need").andExpect(status().is3xxRedirection());

		save(role, "Runner", "My stale summary").andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this role card while you were editing.")))
			.andExpect(content().string(containsString("My stale summary")))
			.andExpect(content().string(containsString("Fetches what trainers need")));

		assertThat(role(role.id()).card().summary()).isEqualTo("Fetches what trainers need");
	}

	@Test
	void retiredRolesAreListedApartAndCanBeRestored() throws Exception {
		DayOfRoleView role = role(create("Photographer", "Takes pictures", "", "", ""));

		mvc.perform(post(roles() + "/" + role.id() + "/retire").session(organizer).with(csrf()))
			.andExpect(redirectedUrl(roles()))
			.andExpect(flash().attribute("flashSuccess", "dayOfRole.retired"));
		assertThat(role(role.id()).retired()).isTrue();
		String page = mvc.perform(get(roles()).session(trainer)).andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("Photographer")).isGreaterThan(page.indexOf("Retired roles"));

		mvc.perform(post(roles() + "/" + role.id() + "/restore").session(organizer).with(csrf()))
			.andExpect(redirectedUrl(roles()))
			.andExpect(flash().attribute("flashSuccess", "dayOfRole.restored"));
		assertThat(role(role.id()).retired()).isFalse();
	}

	@Test
	void thePresetsButtonAddsTheMissingUsualRolesInTheOrganizersLanguage() throws Exception {
		create("Bienvenida", "Ya existe", "", "", "");
		mvc.perform(get(roles()).session(organizer).param("lang", "es"))
			.andExpect(content().string(containsString("Añadir los roles habituales: Control del tiempo, Animación")));

		mvc.perform(post(roles() + "/presets").session(organizer).with(csrf()).locale(Locale.forLanguageTag("es")))
			.andExpect(redirectedUrl(roles()))
			.andExpect(flash().attribute("flashSuccess", "dayOfRoles.presetsAdded"));

		assertThat(names()).containsExactlyInAnyOrder("Bienvenida", "Control del tiempo", "Animación");
		DayOfRoleView timekeeper = as(() -> dayOfRoles.all()).stream()
			.filter(role -> role.name().equals("Control del tiempo"))
			.findFirst()
			.orElseThrow();
		assertThat(timekeeper.card().during()).isNotBlank();
		mvc.perform(get(roles()).session(organizer).locale(Locale.forLanguageTag("es")))
			.andExpect(content().string(not(containsString("Añadir los roles habituales"))));
	}

	@Test
	void onlyOrganizersSeeTheButtonsThatChangeRoles() throws Exception {
		mvc.perform(get(roles()).session(organizer)).andExpect(content().string(containsString("New role")))
			.andExpect(content().string(containsString("Add the usual roles: Welcomer, Timekeeper, Fun captain")));
		mvc.perform(get(roles()).session(trainer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("New role"))))
			.andExpect(content().string(not(containsString("Add the usual roles"))));
	}

	@Test
	void aTrainerReadsRoleCardsButCannotChangeThem() throws Exception {
		DayOfRoleView role = role(create("Photographer", "Takes pictures", "", "", ""));

		mvc.perform(get(roles() + "/" + role.id()).session(trainer)).andExpect(status().isOk());
		mvc.perform(get(roles() + "/" + role.id() + "/edit").session(trainer)).andExpect(status().isForbidden());
		mvc.perform(get(roles() + "/new").session(trainer)).andExpect(status().isForbidden());
		mvc.perform(card(post(roles() + "/" + role.id()), trainer, "Hijacked", "", "", "", "")
			.param("version", String.valueOf(role.version()))).andExpect(status().isForbidden());
		mvc.perform(post(roles() + "/" + role.id() + "/retire").session(trainer).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(roles() + "/presets").session(trainer).with(csrf())).andExpect(status().isForbidden());

		assertThat(role(role.id()).name()).isEqualTo("Photographer");
		assertThat(role(role.id()).retired()).isFalse();
	}

	@Test
	void anUnknownRoleIsNotFound() throws Exception {
		mvc.perform(get(roles() + "/" + UUID.randomUUID()).session(trainer)).andExpect(status().isNotFound());
	}

	// --- Helpers -------------------------------------------------------------------------------------------------

	private ResultActions create(String name, String summary, String before, String during, String after)
			throws Exception {
		return mvc.perform(card(post(roles()), organizer, name, summary, before, during, after));
	}

	private ResultActions save(DayOfRoleView role, String name, String summary) throws Exception {
		RoleCard card = role.card();
		return mvc.perform(card(post(roles() + "/" + role.id()), organizer, name, summary, card.before(), card.during(),
				card.after())
			.param("version", String.valueOf(role.version())));
	}

	private MockHttpServletRequestBuilder card(MockHttpServletRequestBuilder request, MockHttpSession session,
			String name, String summary, String before, String during, String after) {
		return request.session(session)
			.with(csrf())
			.param("name", name)
			.param("summary", summary)
			.param("before", before)
			.param("during", during)
			.param("after", after);
	}

	private String roles() {
		return "/" + organization.slug() + "/day-of-roles";
	}

	private DayOfRoleView role(ResultActions created) throws Exception {
		String location = created.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return role(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
	}

	private DayOfRoleView role(UUID roleId) {
		return as(() -> dayOfRoles.role(roleId));
	}

	private List<String> names() {
		return as(() -> dayOfRoles.all()).stream().map(DayOfRoleView::name).toList();
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
