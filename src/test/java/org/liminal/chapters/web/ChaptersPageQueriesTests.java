package org.liminal.chapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.chapters.ChapterDetails;
import org.liminal.chapters.Chapters;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The chapter list costs the same number of queries for 2 chapters as for 12, each with its leads and pool. */
@WebTest
@Import(QueryCounter.class)
class ChaptersPageQueriesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Chapters chapters;

	@Test
	void theChapterListLoadsInABoundedNumberOfQueries() throws Exception {
		int small = queriesForChapterList(2);
		int large = queriesForChapterList(12);

		assertThat(large).isEqualTo(small);
		// Tenant resolution, layout, chapters with leads and pools, members, their accounts: a dozen at most.
		assertThat(small).isLessThanOrEqualTo(12);
	}

	private int queriesForChapterList(int chapterCount) throws Exception {
		OrganizationSummary organization = fixtures.organization("chapter-queries");
		MockHttpSession session = SignIn.as(mvc, fixtures.member(organization, OrganizationRole.ORGANIZER).email());
		for (int i = 0; i < chapterCount; i++) {
			Person lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
			Person trainer = fixtures.member(organization, OrganizationRole.TRAINER);
			Person coach = fixtures.member(organization, OrganizationRole.COACH);
			int number = i;
			TenantContext.runAsOrganization(organization.id(), () -> {
				UUID chapterId = chapters.create(new ChapterDetails("Chapter " + number, "chapter-" + number,
						ZoneId.of("America/Chicago"), "Region " + number, true));
				chapters.changePeople(chapterId, Set.of(lead.accountId()), Set.of(trainer.accountId(), coach.accountId()),
						0);
			});
		}
		QueryCounter.reset();
		mvc.perform(get("/" + organization.slug() + "/chapters").session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

}
