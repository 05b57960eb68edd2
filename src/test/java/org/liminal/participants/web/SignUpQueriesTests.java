package org.liminal.participants.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.SignUpLinks;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A sign-up is the request a surge repeats thousands of times a minute (docs/performance.md, "Surge sign-ups"): it
 * costs a small, fixed number of statements, the same for the first person, the hundredth and anyone after the
 * training is full.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class SignUpQueriesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	SignUpLinks links;

	String address;

	@BeforeEach
	void aTraining() {
		OrganizationSummary organization = fixtures.organization("sign-up-queries");
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		UUID chapterId = trainingFixtures.chapter(organization);
		UUID trainingId = trainingFixtures.scheduled(organization, chapterId, programId, LocalDate.now().plusMonths(2));
		String token = TenantContext.callAsOrganization(organization.id(),
				() -> links.tokensOf(List.of(trainingId)).get(trainingId));
		address = "/" + organization.slug() + "/join/" + token;
	}

	@Test
	void aSignUpCostsAFewStatementsWhateverCameBefore() throws Exception {
		statementsOfASignUp("first@example.org", "You have a seat");
		int second = statementsOfASignUp("second@example.org", "You have a seat");
		for (int i = 0; i < 5; i++) {
			statementsOfASignUp("more" + i + "@example.org", "You have a seat");
		}
		int later = statementsOfASignUp("later@example.org", "You have a seat");
		int again = statementsOfASignUp("later@example.org", "You are already signed up");

		assertThat(later).isEqualTo(second);
		// Finding the training by its token and naming it for the page; locking its seats, looking for the same
		// email, writing the registration.
		assertThat(second).isLessThanOrEqualTo(12);
		assertThat(again).isLessThanOrEqualTo(second);
	}

	private int statementsOfASignUp(String email, String answer) throws Exception {
		QueryCounter.reset();
		mvc.perform(post(address).locale(Locale.ENGLISH)
			.param("name", "Someone")
			.param("email", email)
			.param("consent", "true")
			.with(request -> {
				request.setRemoteAddr("192.0.2.250");
				return request;
			})).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(answer)));
		return QueryCounter.count();
	}

}
