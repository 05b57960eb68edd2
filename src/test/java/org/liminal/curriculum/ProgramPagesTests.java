package org.liminal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Organizers create, edit, publish and discard programs through the pages; everyone else reads. */
@WebTest
@Import(CurriculumFixtures.class)
class ProgramPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	Programs programs;

	OrganizationSummary organization;

	MockHttpSession organizer;

	MockHttpSession trainer;

	@BeforeEach
	void anOrganizerAndATrainer() throws Exception {
		organization = fixtures.organization("program-pages");
		Person organizerPerson = fixtures.member(organization, OrganizationRole.ORGANIZER);
		Person trainerPerson = fixtures.member(organization, OrganizationRole.TRAINER);
		organizer = SignIn.as(mvc, organizerPerson.email());
		trainer = SignIn.as(mvc, trainerPerson.email());
	}

	@Test
	void anOrganizerCreatesAProgramAndLandsOnItsDraft() throws Exception {
		String location = mvc
			.perform(post(programs()).session(organizer)
				.with(csrf())
				.param("name", "Media upgrade")
				.param("description", "Talking to journalists")
				.param("level", "UPGRADE")
				.param("lengthDays", "1")
				.param("capacity", "20")
				.param("languages", "en", "es"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "program.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		mvc.perform(get(location).session(organizer))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Media upgrade"), containsString("Confirm venue and date"),
					containsString("Welcomer"))));
	}

	@Test
	void aProgramWithoutNameOrLanguageIsShownAgainWithMessagesAndNothingIsCreated() throws Exception {
		int before = programsCount();

		mvc.perform(post(programs()).session(organizer)
			.with(csrf())
			.param("name", " ")
			.param("level", "UPGRADE")
			.param("lengthDays", "9")
			.param("capacity", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name-error"), containsString("lengthDays-error"),
					containsString("Choose at least one language."))));

		assertThat(programsCount()).isEqualTo(before);
	}

	@Test
	void nonsenseInNumberFieldsIsAFieldErrorNotAServerError() throws Exception {
		mvc.perform(post(programs()).session(organizer)
			.with(csrf())
			.param("name", "Odd")
			.param("level", "UPGRADE")
			.param("lengthDays", "two")
			.param("capacity", "20")
			.param("languages", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("lengthDays-error"), containsString("Enter a whole number."))));
	}

	@Test
	void publishingTakesTheOrganizerToVersionOneWhichEveryMemberReads() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Core training");
		long version = TenantContext.callAsOrganization(organization.id(), () -> programs.draft(programId).version());

		mvc.perform(post(programs() + "/" + programId + "/draft/publish").session(organizer)
			.with(csrf())
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl(programs() + "/" + programId + "/versions/1"));

		mvc.perform(get(programs() + "/" + programId).session(trainer))
			.andExpect(redirectedUrl(programs() + "/" + programId + "/versions/1"));
		mvc.perform(get(programs() + "/" + programId + "/versions/1").session(trainer))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Core training"), containsString("Story of self"),
					containsString("09:30–10:15"), not(containsString("Start a new draft")))));
	}

	@Test
	void trainersSeeNeitherDraftsNorUnpublishedPrograms() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Secret draft");

		mvc.perform(get(programs()).session(trainer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Secret draft"))));
		mvc.perform(get(programs() + "/" + programId).session(trainer)).andExpect(status().isNotFound());
		mvc.perform(get(programs() + "/" + programId + "/draft").session(trainer)).andExpect(status().isForbidden());
		mvc.perform(post(programs() + "/" + programId + "/draft/publish").session(trainer)
			.with(csrf())
			.param("version", "0")).andExpect(status().isForbidden());
	}

	@Test
	void aSecondOrganizersStaleDetailsEditGetsAConflictAndKeepsTheirInput() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Contested");
		long seen = TenantContext.callAsOrganization(organization.id(), () -> programs.draft(programId).version());
		changeDetails(programId, "First organizer's name", seen).andExpect(status().is3xxRedirection());

		changeDetails(programId, "Second organizer's name", seen).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone else changed this program"),
					containsString("value=\"Second organizer&#39;s name\""))));

		assertThat(TenantContext.callAsOrganization(organization.id(), () -> programs.draft(programId).name()))
			.isEqualTo("First organizer's name");
	}

	@Test
	void shorteningAProgramBelowItsAgendaIsRefusedWithTheReason(@Autowired DraftAgenda agenda) throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Two days");
		TenantContext.runAsOrganization(organization.id(), () -> {
			programs.changeDetails(programId, new ProgramDetails("Two days", "", PathwayLevel.INITIATION, 2, 30,
					java.util.List.of("en")), programs.draft(programId).version());
			agenda.moveLater(programId, programs.draft(programId).agenda().get(0).slots().get(1).itemId());
		});
		long seen = TenantContext.callAsOrganization(organization.id(), () -> programs.draft(programId).version());

		changeDetails(programId, "Two days", seen).andExpect(status().isOk())
			.andExpect(content().string(containsString("Day 2 still has modules or breaks on the agenda")));

		assertThat(TenantContext.callAsOrganization(organization.id(),
				() -> programs.draft(programId).details().lengthDays())).isEqualTo(2);
	}

	@Test
	void publishingAnEmptyDraftIsRefusedWithTheReason() throws Exception {
		UUID programId = TenantContext.callAsOrganization(organization.id(),
				() -> programs.create(CurriculumFixtures.details("Empty"), java.util.Locale.ENGLISH));

		mvc.perform(post(programs() + "/" + programId + "/draft/publish").session(organizer)
			.with(csrf())
			.param("version", "0"))
			.andExpect(redirectedUrl(programs() + "/" + programId + "/draft"))
			.andExpect(flash().attribute("flashError", "program.error.noModules"));
	}

	@Test
	void discardingANeverPublishedDraftRemovesTheProgram() throws Exception {
		UUID programId = curriculum.draftProgram(organization, "Short-lived");

		mvc.perform(post(programs() + "/" + programId + "/draft/discard").session(organizer)
			.with(csrf())
			.param("version", "0")).andExpect(redirectedUrl(programs()));

		mvc.perform(get(programs() + "/" + programId).session(organizer)).andExpect(status().isNotFound());
	}

	@Test
	void aDraftPageOfAProgramWithoutDraftExplainsInsteadOfFailing() throws Exception {
		UUID programId = curriculum.publishedProgram(organization, "No draft");

		mvc.perform(get(programs() + "/" + programId + "/draft/details").session(organizer))
			.andExpect(redirectedUrl(programs() + "/" + programId))
			.andExpect(flash().attribute("flashError", "program.error.noDraft"));
	}

	@Test
	void pagesAreTranslated() throws Exception {
		UUID programId = curriculum.publishedProgram(organization, "Formación");

		mvc.perform(get(programs() + "/" + programId + "/versions/1").param("lang", "es").session(trainer))
			.andExpect(content().string(allOf(containsString("Versión 1"), containsString("Lista de preparación"))));
	}

	private org.springframework.test.web.servlet.ResultActions changeDetails(UUID programId, String name, long version)
			throws Exception {
		return mvc.perform(post(programs() + "/" + programId + "/draft/details").session(organizer)
			.with(csrf())
			.param("name", name)
			.param("level", "INITIATION")
			.param("lengthDays", "1")
			.param("capacity", "30")
			.param("languages", "en")
			.param("version", String.valueOf(version)));
	}

	private int programsCount() {
		return TenantContext.callAsOrganization(organization.id(), () -> programs.list(true).size());
	}

	private String programs() {
		return "/" + organization.slug() + "/programs";
	}

}
