package org.liminal.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.coaching.CoachingFixtures;
import org.liminal.coaching.CoachingFixtures.Coached;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.liminal.coaching.RunThroughStatus;
import org.liminal.coaching.RunThroughView;
import org.liminal.coaching.RunThroughs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The run-through pages of a coached training six weeks out: Ana (lead trainer, presents Story of self) and Ben
 * (presents Theory of change) on the team, the coach in its seat, Carla a trainer of the pool who is not. Rows of the
 * forms: 0 is Story of self (45 min, Ana's seat), 1 is Theory of change (60 min, Ben's).
 */
@WebTest
@Import({ CoachingFixtures.class, MutableClock.Configuration.class, QueryCounter.class })
class RunThroughPagesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CoachingFixtures coaching;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	MutableClock clock;

	Coached coached;

	@BeforeEach
	void aCoachedTraining() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		coached = coaching.coached("run-through-pages", TODAY.plusWeeks(6));
	}

	@Test
	void aTrainerLogsARunThroughTheyPresentedIn() throws Exception {
		MockHttpSession ben = session(coached.ben());
		mvc.perform(get(list() + "/new").session(ben).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Covered: Theory of change")))
			.andExpect(content().string(containsString("value=\"2026-03-01\"")));

		String detail = mvc.perform(logAs(ben, "2026-03-01").param("parts[1].covered", "true")
			.param("parts[1].actualMinutes", "70")
			.param("watchers", coached.coach().accountId().toString())
			.param("selfAssessment", "Ran long on the exercise"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "runThrough.logged"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		RunThroughView logged = only();
		assertThat(detail).isEqualTo(list() + "/" + logged.id());
		assertThat(logged.status()).isEqualTo(RunThroughStatus.HELD);
		assertThat(logged.loggedBy()).isEqualTo(coached.ben().accountId());
		assertThat(logged.parts()).containsExactly(new Presentation(coached.change(), coached.ben().accountId(), 60, 70));
		mvc.perform(get(detail).session(ben).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("timing timing-over")))
			.andExpect(content().string(containsString("+10 min over (17%)")))
			.andExpect(content().string(containsString("Ran long on the exercise")))
			.andExpect(content().string(not(containsString("Give feedback"))));
	}

	@Test
	void aTrainerOffTheTeamIsRefusedAndOneOnItLogsOnlyWhatTheyPresent() throws Exception {
		MockHttpSession carla = session(coached.carla());
		mvc.perform(get(list()).session(carla)).andExpect(status().isForbidden());
		mvc.perform(get(list() + "/new").session(carla)).andExpect(status().isForbidden());
		mvc.perform(logAs(carla, "2026-03-01").param("parts[0].covered", "true")
			.param("parts[0].presenter", coached.carla().accountId().toString())
			.param("parts[0].actualMinutes", "45")).andExpect(status().isForbidden());

		mvc.perform(logAs(session(coached.ben()), "2026-03-01").param("parts[0].covered", "true")
			.param("parts[0].actualMinutes", "45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You can log run-throughs you present in")));
		assertThat(all()).isEmpty();
	}

	@Test
	void aCoachLogsOnATrainersBehalfAndSeesWhereToGiveFeedback() throws Exception {
		MockHttpSession coach = session(coached.coach());
		mvc.perform(logAs(coach, "2026-02-27").param("parts[0].covered", "true").param("parts[0].actualMinutes", "40"))
			.andExpect(status().is3xxRedirection());

		RunThroughView logged = only();
		assertThat(logged.loggedBy()).isEqualTo(coached.coach().accountId());
		assertThat(logged.parts()).containsExactly(new Presentation(coached.story(), coached.ana().accountId(), 45, 40));
		mvc.perform(get(list() + "/" + logged.id()).session(coach).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5 min under (11%)")))
			.andExpect(content().string(containsString("/feedback/new?runThrough=" + logged.id() + "&amp;module="
					+ coached.story() + "&amp;presenter=" + coached.ana().accountId())));
		mvc.perform(get(list()).session(session(coached.ana())).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Story of self")));
	}

	@Test
	void theChapterLeadPlansAndTheLeadOfAnotherChapterFindsNothing() throws Exception {
		MockHttpSession lead = session(coached.lead());
		mvc.perform(get(list() + "/plan").session(lead).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Actual minutes"))));
		mvc.perform(planAs(lead, "2026-03-10").param("startsAt", "18:30")
			.param("parts[0].covered", "true")
			.param("parts[1].covered", "true")
			.param("watchers", coached.coach().accountId().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "runThrough.planned"));
		RunThroughView planned = only();
		assertThat(planned.status()).isEqualTo(RunThroughStatus.PLANNED);
		assertThat(planned.plannedBy()).isEqualTo(coached.lead().accountId());
		assertThat(planned.details().startsAt()).isEqualTo(LocalTime.of(18, 30));
		assertThat(planned.parts()).extracting(Presentation::presenterId)
			.containsExactly(coached.ana().accountId(), coached.ben().accountId());

		Person otherLead = fixtures.member(coached.organization(), OrganizationRole.CHAPTER_LEAD);
		trainingFixtures.chapter(coached.organization(), "America/Chicago", Set.of(otherLead.accountId()), Set.of());
		MockHttpSession other = session(otherLead);
		mvc.perform(get(list() + "/plan").session(other)).andExpect(status().isNotFound());
		mvc.perform(planAs(other, "2026-03-10").param("parts[0].covered", "true")).andExpect(status().isNotFound());
		mvc.perform(post(list() + "/" + planned.id() + "/cancel").session(other).with(csrf())
			.param("version", String.valueOf(planned.version()))).andExpect(status().isNotFound());
		mvc.perform(get(list() + "/plan").session(session(coached.ben()))).andExpect(status().isForbidden());

		// The lead trainer logs the plan as held; a cancelled plan is not offered for logging.
		MockHttpSession ana = session(coached.ana());
		mvc.perform(get(list() + "/" + planned.id() + "/log").session(ana).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"18:30:00\"")));
		clock.set(Instant.parse("2026-03-10T23:30:00Z"));
		mvc.perform(post(list() + "/" + planned.id() + "/log").session(ana).with(csrf())
			.param("date", "2026-03-10")
			.param("format", "ONLINE")
			.param("version", String.valueOf(planned.version()))
			.param("parts[0].covered", "true").param("parts[0].moduleKey", coached.story().toString())
			.param("parts[0].presenter", coached.ana().accountId().toString())
			.param("parts[0].plannedMinutes", "45").param("parts[0].actualMinutes", "45"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "runThrough.logged"));
		assertThat(only().status()).isEqualTo(RunThroughStatus.HELD);
		assertThat(only().plannedBy()).isEqualTo(coached.lead().accountId());
		assertThat(only().loggedBy()).isEqualTo(coached.ana().accountId());
	}

	@Test
	void aPlanIsCancelledByItsPlanner() throws Exception {
		UUID id = plan(TODAY.plusDays(5));
		MockHttpSession lead = session(coached.lead());
		mvc.perform(post(list() + "/" + id + "/cancel").session(lead).with(csrf())
			.param("version", String.valueOf(as(() -> runThroughs.runThrough(id)).version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "runThrough.cancelledNow"));
		assertThat(only().status()).isEqualTo(RunThroughStatus.CANCELLED);
		mvc.perform(get(list() + "/" + id + "/edit").session(lead))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "runThrough.error.cancelled"));
	}

	@Test
	void anotherOrganizationsTrainingAndAnotherTrainingsRunThroughAreNotFound() throws Exception {
		UUID id = plan(TODAY.plusDays(5));
		Coached other = coaching.coached("run-through-pages-other", TODAY.plusWeeks(6));
		MockHttpSession organizerOfOther = session(fixtures.member(other.organization(), OrganizationRole.ORGANIZER));
		String foreign = "/" + other.organization().slug() + "/trainings/" + coached.trainingId() + "/run-throughs";
		mvc.perform(get(foreign).session(organizerOfOther)).andExpect(status().isNotFound());
		mvc.perform(get(foreign + "/" + id).session(organizerOfOther)).andExpect(status().isNotFound());
		mvc.perform(get(list()).session(organizerOfOther)).andExpect(status().isNotFound());

		UUID secondTraining = trainingFixtures.scheduled(coached.organization(), coached.chapterId(),
				coached.programId(), TODAY.plusWeeks(8));
		String elsewhere = "/" + coached.organization().slug() + "/trainings/" + secondTraining + "/run-throughs/" + id;
		MockHttpSession lead = session(coached.lead());
		mvc.perform(get(elsewhere).session(lead)).andExpect(status().isNotFound());
		mvc.perform(get(elsewhere + "/edit").session(lead)).andExpect(status().isNotFound());
		mvc.perform(post(elsewhere + "/cancel").session(lead).with(csrf()).param("version", "0"))
			.andExpect(status().isNotFound());
	}

	@Test
	void badInputIsToldNextToItsFieldAndNothingIsWritten() throws Exception {
		MockHttpSession coach = session(coached.coach());
		mvc.perform(post(list()).session(coach).with(csrf()).locale(Locale.ENGLISH)
			.param("date", "not-a-date")
			.param("startsAt", "25:99")
			.param("format", "ON_THE_MOON")
			.param("place", "x".repeat(301))
			.param("notes", "n".repeat(4001))
			.param("selfAssessment", "s".repeat(2001))
			.param("watchers", "not-an-id")
			.param("version", "zero")
			.param("parts[0].covered", "true").param("parts[0].moduleKey", coached.story().toString())
			.param("parts[0].presenter", "<script>alert(1)</script>")
			.param("parts[0].plannedMinutes", "-3").param("parts[0].actualMinutes", "lots")
			.param("parts[1].covered", "true").param("parts[1].moduleKey", coached.change().toString())
			.param("parts[1].presenter", coached.ben().accountId().toString())
			.param("parts[1].plannedMinutes", "60").param("parts[1].actualMinutes", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date as year-month-day")))
			.andExpect(content().string(containsString("Enter the time as hours and minutes")))
			.andExpect(content().string(containsString("Keep the place to 300 characters or fewer.")))
			.andExpect(content().string(containsString("Keep the notes to 4,000 characters or fewer.")))
			.andExpect(content().string(containsString("Keep the self-assessment to 2,000 characters or fewer.")))
			.andExpect(content().string(containsString("Choose watchers among the organization")))
			.andExpect(content().string(containsString("Choose who presents this module.")))
			.andExpect(content().string(containsString("Minutes go from 1 to 1,440.")))
			.andExpect(content().string(containsString("Enter the minutes.")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));

		// A row the page never offers is a forged form.
		mvc.perform(logAs(coach, "2026-03-01").param("parts[5000].covered", "true"))
			.andExpect(status().isBadRequest());
		mvc.perform(logAs(coach, "2026-03-02").param("parts[0].covered", "true").param("parts[0].actualMinutes", "45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A run-through is logged once it has happened")));
		mvc.perform(logAs(coach, "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add at least one module and who presents it.")));
		assertThat(all()).isEmpty();

		mvc.perform(logAs(coach, "2026-03-01").param("parts[0].covered", "true")
			.param("parts[0].actualMinutes", "45")
			.param("notes", "<b>Bold</b> move 🎉"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(list()).session(coach))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<b>Bold</b>"))));
		mvc.perform(get(list() + "/" + only().id()).session(coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;Bold&lt;/b&gt; move 🎉")));
	}

	@Test
	void aStaleFormIsAConflictShownWithTheLatestPlan() throws Exception {
		UUID id = plan(TODAY.plusDays(5));
		long version = as(() -> runThroughs.runThrough(id)).version();
		as(() -> {
			runThroughs.change(id, details(TODAY.plusDays(6), null), version);
			return null;
		});

		mvc.perform(form(post(list() + "/" + id + "/edit"), session(coached.lead()), "2026-03-20")
			.param("parts[0].covered", "true")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed this run-through while you were editing it.")))
			.andExpect(content().string(containsString("value=\"2026-03-07\"")));
		assertThat(only().details().date()).isEqualTo(TODAY.plusDays(6));
	}

	@Test
	void theListLoadsInABoundedNumberOfQueries() throws Exception {
		plan(TODAY.plusDays(3));
		MockHttpSession lead = session(coached.lead());
		int forOne = queries(list(), lead);
		for (int i = 4; i < 9; i++) {
			plan(TODAY.plusDays(i));
		}
		as(() -> runThroughs.log(coached.trainingId(), details(TODAY, 50), coached.coach().accountId()));

		int forSeven = queries(list(), lead);

		assertThat(forSeven).isEqualTo(forOne);
		// The training as its page reads it (25 at most), its curriculum version for the modules' titles, the
		// people's names, and the run-throughs with their parts and watchers in batches.
		assertThat(forOne).isLessThanOrEqualTo(45);
	}

	private int queries(String path, MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

	/** A log form as the page sends it, both rows filled as the page fills them, neither ticked nor timed. */
	private MockHttpServletRequestBuilder logAs(MockHttpSession session, String date) {
		return form(post(list()), session, date);
	}

	private MockHttpServletRequestBuilder planAs(MockHttpSession session, String date) {
		return form(post(list() + "/plan"), session, date);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, MockHttpSession session,
			String date) {
		return request.session(session)
			.with(csrf())
			.locale(Locale.ENGLISH)
			.param("date", date)
			.param("format", "IN_PERSON")
			.param("place", "")
			.param("version", "0")
			.param("parts[0].moduleKey", coached.story().toString())
			.param("parts[0].presenter", coached.ana().accountId().toString())
			.param("parts[0].plannedMinutes", "45")
			.param("parts[1].moduleKey", coached.change().toString())
			.param("parts[1].presenter", coached.ben().accountId().toString())
			.param("parts[1].plannedMinutes", "60");
	}

	private UUID plan(LocalDate date) {
		return as(() -> runThroughs.plan(coached.trainingId(), details(date, null), coached.lead().accountId()));
	}

	private RunThroughDetails details(LocalDate date, Integer storyMinutes) {
		return new RunThroughDetails(date, null, RunThroughFormat.IN_PERSON, "",
				List.of(new Presentation(coached.story(), coached.ana().accountId(), 45, storyMinutes)),
				Set.of(coached.coach().accountId()), "", "");
	}

	private List<RunThroughView> all() {
		return as(() -> runThroughs.ofTraining(coached.trainingId()));
	}

	private RunThroughView only() {
		List<RunThroughView> all = all();
		assertThat(all).hasSize(1);
		return all.get(0);
	}

	private String list() {
		return "/" + coached.organization().slug() + "/trainings/" + coached.trainingId() + "/run-throughs";
	}

	private MockHttpSession session(Person person) throws Exception {
		return SignIn.as(mvc, person.email());
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(coached.organization().id(), work);
	}

}
