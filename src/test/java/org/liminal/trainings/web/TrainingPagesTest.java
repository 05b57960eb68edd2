package org.liminal.trainings.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.DraftAgenda;
import org.liminal.curriculum.DraftModules;
import org.liminal.curriculum.PathwayLevel;
import org.liminal.curriculum.ProgramDetails;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of the training list, calendar and "my trainings" share: an organization with a chapter in
 * Chicago, a one-day program, people in every role, and the clock at noon (UTC) on 1 March 2026.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
abstract class TrainingPagesTest {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	Programs programs;

	@Autowired
	DraftModules modules;

	@Autowired
	DraftAgenda agenda;

	@Autowired
	MutableClock clock;

	OrganizationSummary organization;

	Person organizer;

	Person ana;

	Person ben;

	Person coach;

	UUID programId;

	UUID chapterId;

	@BeforeEach
	void anOrganizationWithAChapterAndAProgram() {
		clock.set(NOW);
		organization = fixtures.organization("training-pages");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		ana = fixtures.member(organization, OrganizationRole.TRAINER);
		ben = fixtures.member(organization, OrganizationRole.TRAINER);
		coach = fixtures.member(organization, OrganizationRole.COACH);
		programId = curriculum.publishedProgram(organization, "Core training");
		chapterId = trainingFixtures.chapter(organization, "America/Chicago", Set.of(),
				Set.of(ana.accountId(), ben.accountId(), coach.accountId()));
	}

	String path(String rest) {
		return "/" + organization.slug() + rest;
	}

	String page(String pathAndQuery, Person person) throws Exception {
		return page(pathAndQuery, SignIn.as(mvc, person.email()));
	}

	String page(String pathAndQuery, MockHttpSession session) throws Exception {
		return mvc.perform(get(path(pathAndQuery)).session(session).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The trainings a page links to, in the order it shows them. */
	List<UUID> linkedTrainings(String body) {
		Matcher link = Pattern.compile("href=\"/" + Pattern.quote(organization.slug())
				+ "/trainings/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"")
			.matcher(body);
		List<UUID> ids = new ArrayList<>();
		while (link.find()) {
			ids.add(UUID.fromString(link.group(1)));
		}
		return ids;
	}

	UUID scheduled(LocalDate firstDay) {
		return trainingFixtures.scheduled(organization, chapterId, programId, firstDay);
	}

	/** A training that was scheduled before "now" and is over by now. */
	UUID held(LocalDate firstDay) {
		clock.set(firstDay.minusDays(50).atStartOfDay(ZoneOffset.UTC).toInstant());
		try {
			return scheduled(firstDay);
		}
		finally {
			clock.set(NOW);
		}
	}

	void cancel(UUID trainingId) {
		as(() -> trainings.cancel(trainingId, "The venue fell through", trainings.training(trainingId).version()));
	}

	/** A published program of two days, its first with one module on the agenda. */
	UUID twoDayProgram(String name) {
		return as(() -> {
			UUID twoDays = programs.create(new ProgramDetails(name, "Two days of " + name, PathwayLevel.INITIATION, 2, 30,
					List.of("en")), Locale.ENGLISH);
			agenda.addModule(twoDays, 1, modules.add(twoDays, CurriculumFixtures.module("Story of self", 45)));
			programs.publish(twoDays, programs.draft(twoDays).version());
			return twoDays;
		});
	}

	<T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

	void as(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

}
