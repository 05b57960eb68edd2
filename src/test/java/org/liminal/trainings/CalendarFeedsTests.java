package org.liminal.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.SignIn;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.DraftAgenda;
import org.liminal.curriculum.DraftModules;
import org.liminal.curriculum.PathwayLevel;
import org.liminal.curriculum.ProgramDetails;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Calendar feeds as calendar apps read them: the right trainings in each feed, events that follow a training when
 * it moves or is cancelled, addresses that stop working when replaced, and one training's file.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, MutableClock.Configuration.class })
class CalendarFeedsTests {

	/** 1 March 2026, noon in Chicago. */
	static final Instant NOW = Instant.parse("2026-03-01T18:00:00Z");

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures fixturesOfTrainings;

	@Autowired
	Trainings trainings;

	@Autowired
	CalendarFeeds feeds;

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

	Person lead;

	Person trainer;

	UUID programId;

	UUID chapterId;

	UUID otherChapterId;

	@BeforeEach
	void aChapterWithALeadAndATrainer() {
		clock.set(NOW);
		organization = fixtures.organization("feeds");
		organizer = fixtures.member(organization, OrganizationRole.ORGANIZER);
		lead = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		trainer = fixtures.member(organization, OrganizationRole.TRAINER);
		programId = curriculum.publishedProgram(organization, "Core");
		chapterId = fixturesOfTrainings.chapter(organization, "America/Chicago", Set.of(lead.accountId()),
				Set.of(trainer.accountId()));
		otherChapterId = fixturesOfTrainings.chapter(organization, "Europe/Madrid", Set.of(), Set.of());
	}

	@Test
	void aChapterFeedShowsTheChaptersAnnouncedTrainingsFromThreeMonthsBack() throws Exception {
		UUID longAgo = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 3, 2));
		UUID held = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 6, 1));
		UUID upcoming = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 8, 10));
		UUID cancelled = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 8, 20));
		UUID draft = fixturesOfTrainings.draft(organization, chapterId, programId, LocalDate.of(2026, 8, 25));
		UUID elsewhere = fixturesOfTrainings.scheduled(organization, otherChapterId, programId, LocalDate.of(2026, 8, 10));
		as(() -> trainings.cancel(cancelled, "The venue closed", trainings.training(cancelled).version()));
		clock.set(Instant.parse("2026-06-15T18:00:00Z"));
		as(() -> trainings.complete(held, trainings.training(held).version()));

		String ics = feed(chapterToken(chapterId));
		Calendar calendar = ICalendarWriterTests.parse(ics);

		assertThat(uids(calendar)).containsExactly(day1(held), day1(upcoming), day1(cancelled))
			.doesNotContain(day1(longAgo), day1(draft), day1(elsewhere));
		assertThat(event(calendar, upcoming).getSummary().getValue()).isEqualTo("Core · " + chapterName(chapterId));
		assertThat(value(event(calendar, upcoming), "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event(calendar, held), "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event(calendar, cancelled), "STATUS")).isEqualTo("CANCELLED");
		assertThat(event(calendar, cancelled).getSummary().getValue()).startsWith("Cancelled: Core");
		assertThat(event(calendar, cancelled).getDescription().getValue()).contains("The venue closed");
		assertThat(event(calendar, upcoming).getLocation().getValue()).isEqualTo("12 Main St, Springfield");
		assertThat(value(event(calendar, upcoming), "URL"))
			.isEqualTo("http://localhost/" + organization.slug() + "/trainings/" + upcoming);
		assertThat(start(event(calendar, upcoming)))
			.isEqualTo(LocalDateTime.of(2026, 8, 10, 10, 0).atZone(CHICAGO).toInstant());
		assertThat(ics).contains("X-WR-CALNAME:" + chapterName(chapterId) + ": trainings\r\n");
	}

	@Test
	void aFeedIsACalendarNobodyCachesAndUnknownAddressesAreNotFound() throws Exception {
		fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 8, 10));
		String token = chapterToken(chapterId);

		mvc.perform(get("/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("BEGIN:VCALENDAR\r\n")));
		mvc.perform(get("/calendar/" + token.substring(1) + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/" + token + "x.ics")).andExpect(status().isNotFound());
	}

	@Test
	void aPersonsFeedShowsTheTrainingsTheyAreOnTheTeamOfWithTheirSeats() throws Exception {
		UUID staffed = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 8, 10));
		UUID draft = fixturesOfTrainings.draft(organization, chapterId, programId, LocalDate.of(2026, 9, 7));
		UUID cancelled = fixturesOfTrainings.scheduled(organization, otherChapterId, programId, LocalDate.of(2026, 9, 14));
		UUID notMine = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 9, 21));
		UUID moduleKey = as(() -> programs.latestPublished(programId).orElseThrow().modules().get(0).key());
		staff(staffed, Map.of(Seat.leadTrainer(), trainer.accountId(), Seat.module(moduleKey, 1), trainer.accountId()));
		staff(draft, Map.of(Seat.leadTrainer(), trainer.accountId()));
		staff(cancelled, Map.of(Seat.module(moduleKey, 1), trainer.accountId()));
		staff(notMine, Map.of(Seat.leadTrainer(), fixtures.member(organization, OrganizationRole.TRAINER).accountId()));
		as(() -> trainings.cancel(cancelled, "Too few sign-ups", trainings.training(cancelled).version()));

		Calendar calendar = ICalendarWriterTests.parse(feed(personalToken(trainer)));

		assertThat(uids(calendar)).containsExactly(day1(staffed), day1(draft), day1(cancelled));
		assertThat(event(calendar, staffed).getDescription().getValue())
			.contains("Your seats: lead trainer; trainer of “Story of self”")
			.contains("Language: English");
		assertThat(value(event(calendar, staffed), "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event(calendar, draft), "STATUS")).isEqualTo("TENTATIVE");
		assertThat(event(calendar, draft).getSummary().getValue()).startsWith("Draft: Core");
		assertThat(value(event(calendar, cancelled), "STATUS")).isEqualTo("CANCELLED");
		assertThat(start(event(calendar, cancelled)))
			.isEqualTo(LocalDateTime.of(2026, 9, 14, 10, 0).atZone(ZoneId.of("Europe/Madrid")).toInstant());
	}

	@Test
	void aRescheduledTrainingShowsItsNewTimesWithAHigherSequence() throws Exception {
		UUID trainingId = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 8, 10));
		String token = chapterToken(chapterId);
		VEvent before = event(ICalendarWriterTests.parse(feed(token)), trainingId);

		as(() -> trainings.reschedule(trainingId, new Dates(LocalDate.of(2026, 8, 17), List.of(LocalTime.of(14, 30))),
				trainings.training(trainingId).version()));

		VEvent after = event(ICalendarWriterTests.parse(feed(token)), trainingId);
		assertThat(value(after, "UID")).isEqualTo(value(before, "UID"));
		assertThat(Long.parseLong(value(after, "SEQUENCE"))).isGreaterThan(Long.parseLong(value(before, "SEQUENCE")));
		assertThat(start(before)).isEqualTo(LocalDateTime.of(2026, 8, 10, 10, 0).atZone(CHICAGO).toInstant());
		assertThat(start(after)).isEqualTo(LocalDateTime.of(2026, 8, 17, 14, 30).atZone(CHICAGO).toInstant());
	}

	@Test
	void aCancelledTrainingStaysInTheFeedMarkedCancelled() throws Exception {
		UUID trainingId = fixturesOfTrainings.scheduled(organization, chapterId, programId, LocalDate.of(2026, 8, 10));
		String token = chapterToken(chapterId);
		VEvent before = event(ICalendarWriterTests.parse(feed(token)), trainingId);

		as(() -> trainings.cancel(trainingId, "Storm warning", trainings.training(trainingId).version()));

		VEvent after = event(ICalendarWriterTests.parse(feed(token)), trainingId);
		assertThat(value(before, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(after, "STATUS")).isEqualTo("CANCELLED");
		assertThat(Long.parseLong(value(after, "SEQUENCE"))).isGreaterThan(Long.parseLong(value(before, "SEQUENCE")));
	}

	@Test
	void aNewAddressMakesTheOldOneNotFoundAtOnce() throws Exception {
		String old = personalToken(trainer);
		mvc.perform(get("/calendar/" + old + ".ics")).andExpect(status().isOk());

		mvc.perform(post("/" + organization.slug() + "/calendars/mine/rotate").with(csrf())
			.session(SignIn.as(mvc, trainer.email())))
			.andExpect(redirectedUrl("/" + organization.slug() + "/calendars"));

		String fresh = personalToken(trainer);
		assertThat(fresh).isNotEqualTo(old).hasSizeGreaterThanOrEqualTo(43);
		mvc.perform(get("/calendar/" + old + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/" + fresh + ".ics")).andExpect(status().isOk());
	}

	@Test
	void onlyOrganizersAndTheChaptersLeadsGiveAChapterFeedANewAddress() throws Exception {
		String old = chapterToken(chapterId);
		String rotate = "/" + organization.slug() + "/calendars/chapters/" + chapterId + "/rotate";

		mvc.perform(post(rotate).with(csrf()).session(SignIn.as(mvc, trainer.email())))
			.andExpect(status().isNotFound());
		Person leadOfAnother = fixtures.member(organization, OrganizationRole.CHAPTER_LEAD);
		fixturesOfTrainings.chapter(organization, "America/Chicago", Set.of(leadOfAnother.accountId()), Set.of());
		mvc.perform(post(rotate).with(csrf()).session(SignIn.as(mvc, leadOfAnother.email())))
			.andExpect(status().isNotFound());
		assertThat(chapterToken(chapterId)).isEqualTo(old);

		mvc.perform(post(rotate).with(csrf()).session(SignIn.as(mvc, lead.email())))
			.andExpect(redirectedUrl("/" + organization.slug() + "/calendars"));
		String afterLead = chapterToken(chapterId);
		assertThat(afterLead).isNotEqualTo(old);
		mvc.perform(get("/calendar/" + old + ".ics")).andExpect(status().isNotFound());

		mvc.perform(post(rotate).with(csrf()).session(SignIn.as(mvc, organizer.email())))
			.andExpect(redirectedUrl("/" + organization.slug() + "/calendars"));
		assertThat(chapterToken(chapterId)).isNotEqualTo(afterLead);
	}

	@Test
	void theSubscriptionsPageShowsEveryAddressAndWhoMayReplaceThem() throws Exception {
		String page = mvc.perform(get("/" + organization.slug() + "/calendars").session(SignIn.as(mvc, lead.email())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("http://localhost/calendar/" + personalToken(lead) + ".ics?lang=en")
			.contains("webcal://localhost/calendar/" + personalToken(lead) + ".ics?lang=en")
			.contains("http://localhost/calendar/" + chapterToken(chapterId) + ".ics?lang=en")
			.contains("http://localhost/calendar/" + chapterToken(otherChapterId) + ".ics?lang=en")
			.contains("/calendars/chapters/" + chapterId + "/rotate")
			.doesNotContain("/calendars/chapters/" + otherChapterId + "/rotate");
		String trainersPage = mvc
			.perform(get("/" + organization.slug() + "/calendars").session(SignIn.as(mvc, trainer.email())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(trainersPage).contains("/calendars/mine/rotate").doesNotContain("/calendars/chapters/");
	}

	@Test
	void oneTrainingDownloadsAsAFileWithAnEventPerDay() throws Exception {
		clock.set(Instant.parse("2026-01-10T18:00:00Z"));
		UUID twoDays = twoDayProgram();
		// Chicago moves its clocks forward in the night between the two days.
		UUID trainingId = as(() -> trainings.create(chapterId, programs.latestPublished(twoDays).orElseThrow().versionId(),
				new Dates(LocalDate.of(2026, 3, 7), List.of(LocalTime.of(10, 0), LocalTime.of(9, 0))),
				TrainingFixtures.details()));

		var response = mvc
			.perform(get("/" + organization.slug() + "/trainings/" + trainingId + "/calendar.ics")
				.session(SignIn.as(mvc, trainer.email())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"two-day-core-2026-03-07.ics\""))
			.andReturn()
			.getResponse();

		Calendar calendar = ICalendarWriterTests.parse(response.getContentAsString());
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).extracting(event -> value(event, "UID"))
			.containsExactly(trainingId + "-day1@liminal", trainingId + "-day2@liminal");
		assertThat(events).extracting(CalendarFeedsTests::start)
			.containsExactly(LocalDateTime.of(2026, 3, 7, 10, 0).atZone(CHICAGO).toInstant(),
					LocalDateTime.of(2026, 3, 8, 9, 0).atZone(CHICAGO).toInstant());
		assertThat(events).extracting(event -> value(event, "STATUS")).containsOnly("TENTATIVE");
		assertThat(events.get(1).getSummary().getValue()).isEqualTo(
				"Draft: Two-day core · " + chapterName(chapterId) + " (day 2 of 2)");
		mvc.perform(get("/" + organization.slug() + "/trainings/" + UUID.randomUUID() + "/calendar.ics")
			.session(SignIn.as(mvc, trainer.email()))).andExpect(status().isNotFound());
	}

	/** A published two-day program with a module on each day. */
	private UUID twoDayProgram() {
		return as(() -> {
			UUID id = programs.create(new ProgramDetails("Two-day core", "Two days", PathwayLevel.INITIATION, 2, 30,
					List.of("en")), Locale.ENGLISH);
			agenda.addModule(id, 1, modules.add(id, CurriculumFixtures.module("Story of self", 90)));
			agenda.addModule(id, 2, modules.add(id, CurriculumFixtures.module("Theory of change", 120)));
			CurriculumView draft = programs.draft(id);
			programs.publish(id, draft.version());
			return id;
		});
	}

	private void staff(UUID trainingId, Map<Seat, UUID> team) {
		as(() -> trainings.staff(trainingId, team, trainings.training(trainingId).version()));
	}

	private String feed(String token) throws Exception {
		return mvc.perform(get("/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String chapterToken(UUID chapter) {
		return as(() -> feeds.subscriptions(organizer.accountId())
			.chapters()
			.stream()
			.filter(feed -> feed.chapterId().equals(chapter))
			.findFirst()
			.orElseThrow()
			.token());
	}

	private String personalToken(Person person) {
		return as(() -> feeds.subscriptions(person.accountId()).personalToken());
	}

	private String chapterName(UUID chapter) {
		return as(() -> feeds.subscriptions(organizer.accountId())
			.chapters()
			.stream()
			.filter(feed -> feed.chapterId().equals(chapter))
			.findFirst()
			.orElseThrow()
			.chapterName());
	}

	private static String day1(UUID trainingId) {
		return trainingId + "-day1@liminal";
	}

	private static List<String> uids(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT").stream().map(event -> value(event, "UID")).toList();
	}

	private static VEvent event(Calendar calendar, UUID trainingId) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(event -> value(event, "UID").equals(day1(trainingId)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event of " + trainingId));
	}

	private static String value(VEvent event, String name) {
		return event.<Property>getRequiredProperty(name).getValue();
	}

	private static Instant start(VEvent event) {
		return ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toInstant();
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

	private void as(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

}
