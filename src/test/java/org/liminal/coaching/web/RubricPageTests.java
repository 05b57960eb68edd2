package org.liminal.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.coaching.Criterion;
import org.liminal.coaching.Rubric;
import org.liminal.coaching.Rubrics;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Organizers edit the rubric on its page; refusals show next to the row, a stale form gets a conflict. */
@WebTest
class RubricPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Rubrics rubrics;

	OrganizationSummary organization;

	MockHttpSession organizer;

	@BeforeEach
	void anOrganizer() throws Exception {
		organization = fixtures.organization("rubric-page");
		organizer = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
	}

	@Test
	void anOrganizerRenamesRetiresAndAddsCriteria() throws Exception {
		String page = mvc.perform(get(path()).session(organizer).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("placeholder=\"Content mastery\"", "Add a criterion");

		mvc.perform(save(0, "timing", "Time keeping", "presence", "", "Use of the room")
			.param("criteria[4].retired", "true"))
			.andExpect(status().is3xxRedirection());

		Rubric rubric = TenantContext.callAsOrganization(organization.id(), rubrics::current);
		assertThat(rubric.version()).isEqualTo(1);
		assertThat(rubric.criterion("timing")).get().extracting(Criterion::name).isEqualTo("Time keeping");
		assertThat(rubric.criterion("presence")).get().extracting(Criterion::retired).isEqualTo(true);
		assertThat(rubric.criteria()).extracting(Criterion::name).contains("Use of the room");
	}

	@Test
	void refusalsShowNextToTheirRowAndAStaleFormIsAConflict() throws Exception {
		String duplicate = content(save(0, "timing", "Presence", "presence", "Presence", ""));
		assertThat(duplicate).contains("Another criterion has this name.");
		String tooLong = content(save(0, "timing", "x".repeat(81), "presence", "", ""));
		assertThat(tooLong).contains("Keep this to 80 characters or fewer.");
		MockHttpServletRequestBuilder noneActive = save(0, "timing", "", "presence", "", "");
		for (int i = 0; i < 5; i++) {
			noneActive.param("criteria[" + i + "].retired", "true");
		}
		assertThat(content(noneActive)).contains("Keep between 1 and 10 criteria that are not retired.");

		mvc.perform(save(0, "timing", "", "presence", "", "")).andExpect(status().is3xxRedirection());
		String stale = content(save(0, "timing", "Pace", "presence", "", ""));
		assertThat(stale).contains("Someone changed the rubric while you were editing it.", "value=\"Pace\"");
	}

	@Test
	void othersMayNotEditTheRubric() throws Exception {
		Person coach = fixtures.member(organization, OrganizationRole.COACH);
		mvc.perform(get(path()).session(SignIn.as(mvc, coach.email()))).andExpect(status().isForbidden());
		OrganizationSummary other = fixtures.organization("rubric-page-other");
		MockHttpSession stranger = SignIn.as(mvc, fixtures.member(other, OrganizationRole.ORGANIZER).email());
		mvc.perform(get(path()).session(stranger)).andExpect(status().isNotFound());
	}

	/** The usual five (names as given for two of them) and one row to add. */
	private MockHttpServletRequestBuilder save(long version, String firstKey, String firstName, String secondKey,
			String secondName, String added) {
		MockHttpServletRequestBuilder request = post(path()).session(organizer).with(csrf()).locale(Locale.ENGLISH)
			.param("version", String.valueOf(version));
		for (int i = 0; i < Rubric.USUAL_KEYS.size(); i++) {
			String key = Rubric.USUAL_KEYS.get(i);
			String name = key.equals(firstKey) ? firstName : key.equals(secondKey) ? secondName : "";
			request.param("criteria[" + i + "].key", key)
				.param("criteria[" + i + "].name", name)
				.param("criteria[" + i + "].description", "")
				.param("criteria[" + i + "].position", String.valueOf(i + 1));
		}
		return request.param("criteria[5].key", "")
			.param("criteria[5].name", added)
			.param("criteria[5].description", "")
			.param("criteria[5].position", "6");
	}

	private String content(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String path() {
		return "/" + organization.slug() + "/rubric";
	}

}
