package org.liminal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A version page and the program list cost the same number of queries for 2 modules as for 20. */
@WebTest
@Import({ QueryCounter.class, CurriculumFixtures.class })
class ProgramPagesQueriesTests {

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

	@Autowired
	DraftAgenda agenda;

	@Test
	void aVersionPageLoadsInABoundedNumberOfQueries() throws Exception {
		int small = queries(0, "/versions/1");
		int large = queries(18, "/versions/1");

		assertThat(large).isEqualTo(small);
		assertThat(small).isLessThanOrEqualTo(20);
	}

	@Test
	void aDraftPageLoadsInABoundedNumberOfQueries() throws Exception {
		assertThat(queries(18, "/draft")).isEqualTo(queries(0, "/draft"));
	}

	@Test
	void theProgramListLoadsInABoundedNumberOfQueries() throws Exception {
		assertThat(queries(18, "/../")).isEqualTo(queries(0, "/../"));
	}

	/** Queries for one page of a published program with 2 + {@code extraModules} modules and an open draft. */
	private int queries(int extraModules, String page) throws Exception {
		OrganizationSummary organization = fixtures.organization("curriculum-queries");
		MockHttpSession session = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		UUID programId = curriculum.draftProgram(organization, "Big program");
		TenantContext.runAsOrganization(organization.id(), () -> {
			for (int i = 0; i < extraModules; i++) {
				UUID moduleId = modules.add(programId, CurriculumFixtures.module("Module " + i, 20));
				agenda.addModule(programId, 1, moduleId);
			}
			programs.publish(programId, programs.draft(programId).version());
			programs.startDraft(programId);
		});
		String path = ("/" + organization.slug() + "/programs/" + programId + page).replace("/" + programId + "/../",
				"");
		QueryCounter.reset();
		mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

}
