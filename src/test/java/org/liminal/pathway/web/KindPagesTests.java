package org.liminal.pathway.web;

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

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.pathway.PathwayFixtures;
import org.liminal.pathway.QualificationKindView;
import org.liminal.pathway.QualificationKinds;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Organizers define the qualifications on plain forms: field errors next to the field, conflicts, and nobody else. */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class, MutableClock.Configuration.class,
		QueryCounter.class })
class KindPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	PathwayFixtures pathway;

	@Autowired
	QualificationKinds kinds;

	OrganizationSummary organization;

	MockHttpSession organizer;

	@BeforeEach
	void anOrganizer() throws Exception {
		organization = fixtures.organization("kind-pages");
		organizer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
	}

	@Test
	void anOrganizerAddsAQualificationEarnedByAttendingAProgram() throws Exception {
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		mvc.perform(get(kinds() + "/new").session(organizer).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Core training")));

		mvc.perform(post(kinds()).session(organizer).with(csrf())
			.param("name", "Completed core")
			.param("description", "Attended it all")
			.param("colour", "TEAL")
			.param("scope", "GENERAL")
			.param("programId", programId.toString())
			.param("validityMonths", "24")
			.param("readyVerdicts", "")
			.param("version", "0"))
			.andExpect(redirectedUrl(kinds()))
			.andExpect(flash().attribute("flashSuccess", "pathway.kind.created"));

		mvc.perform(get(kinds()).session(organizer).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"pin pin-teal\">Completed core</span>")))
			.andExpect(content().string(containsString("Also earned by attending a completed Core training training.")))
			.andExpect(content().string(containsString("Valid for 24 months.")));
	}

	@Test
	void badInputIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		pathway.kind(organization, PathwayFixtures.general("Coach"));

		mvc.perform(post(kinds()).session(organizer).with(csrf()).locale(Locale.ENGLISH)
			.param("name", " ")
			.param("colour", "BLUE")
			.param("scope", "GENERAL")
			.param("validityMonths", "0")
			.param("programId", "not-a-program"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Give the qualification a name.")))
			.andExpect(content().string(containsString("Enter between 1 and 120 months")))
			.andExpect(content().string(containsString("id=\"programId-error\">Choose one of the options offered.")));

		mvc.perform(post(kinds()).session(organizer).with(csrf()).locale(Locale.ENGLISH)
			.param("name", "coach")
			.param("colour", "BLUE")
			.param("scope", "GENERAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Another qualification is already called “coach”.")));

		mvc.perform(post(kinds()).session(organizer).with(csrf()).locale(Locale.ENGLISH)
			.param("name", "Module trainer")
			.param("colour", "BLUE")
			.param("scope", "GENERAL")
			.param("readyVerdicts", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"readyVerdicts-error\">Only qualifications held per module")));

		assertThat(as(() -> kinds.all())).extracting(QualificationKindView::name).containsExactly("Coach");
	}

	@Test
	void aStaleFormShowsWhatIsSavedNowAndKeepsWhatWasTyped() throws Exception {
		UUID kindId = pathway.kind(organization, PathwayFixtures.general("Lead trainer"));
		TenantContext.runAsOrganization(organization.id(),
				() -> kinds.change(kindId, PathwayFixtures.general("Lead facilitator"), 0));

		mvc.perform(post(kinds() + "/" + kindId).session(organizer).with(csrf()).locale(Locale.ENGLISH)
			.param("name", "Head trainer")
			.param("colour", "ROSE")
			.param("scope", "GENERAL")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed this qualification while you were editing it.")))
			.andExpect(content().string(containsString("Saved now by someone else")))
			.andExpect(content().string(containsString(">Lead facilitator</span>")))
			.andExpect(content().string(containsString("value=\"Head trainer\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

		mvc.perform(post(kinds() + "/" + kindId + "/retire").session(organizer).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(kinds()))
			.andExpect(flash().attribute("flashError", "pathway.error.kindConflict"));
		assertThat(as(() -> kinds.kind(kindId))).satisfies(kind -> {
			assertThat(kind.name()).isEqualTo("Lead facilitator");
			assertThat(kind.retired()).isFalse();
		});

		mvc.perform(post(kinds() + "/" + kindId + "/retire").session(organizer).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("flashSuccess", "pathway.kind.retired"));
		mvc.perform(get(kinds()).session(organizer).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Retired qualifications")))
			.andExpect(content().string(containsString("aria-label=\"Bring back Lead facilitator\"")));
	}

	@Test
	void theUsualQualificationsAreAddedInTheOrganizersLanguage() throws Exception {
		mvc.perform(get(kinds()).session(organizer).locale(Locale.forLanguageTag("es")))
			.andExpect(content().string(containsString("Añadir los habituales: Capacitación básica completada")));

		mvc.perform(post(kinds() + "/usual").session(organizer).with(csrf()).locale(Locale.forLanguageTag("es")))
			.andExpect(redirectedUrl(kinds()))
			.andExpect(flash().attribute("flashSuccess", "pathway.kinds.usualAdded"));

		assertThat(as(() -> kinds.all())).extracting(QualificationKindView::name)
			.contains("Formador/a de módulo", "Coach")
			.hasSize(5);
		mvc.perform(get(kinds()).session(organizer).locale(Locale.forLanguageTag("es")))
			.andExpect(content().string(not(containsString("Añadir los habituales"))));
	}

	@Test
	void otherMembersAreRefusedAndAnotherOrganizationsQualificationIsNotFound() throws Exception {
		MockHttpSession coach = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.COACH).email());
		mvc.perform(get(kinds()).session(coach)).andExpect(status().isForbidden());
		mvc.perform(post(kinds()).session(coach).with(csrf()).param("name", "Mine")).andExpect(status().isForbidden());

		OrganizationSummary other = fixtures.organization("kind-pages-other");
		UUID theirs = pathway.kind(other, PathwayFixtures.general("Theirs"));
		mvc.perform(get(kinds() + "/" + theirs + "/edit").session(organizer)).andExpect(status().isNotFound());
		mvc.perform(post(kinds() + "/" + theirs + "/retire").session(organizer).with(csrf()).param("version", "0"))
			.andExpect(status().isNotFound());
	}

	private String kinds() {
		return "/" + organization.slug() + "/pathway/kinds";
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
