package org.liminal.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures.Person;
import org.liminal.MutableClock;
import org.liminal.WebTest;
import org.liminal.coaching.CoachingFixtures.Coached;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.CalendarFeeds;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Run-throughs in calendar feeds, as calendar apps read them: a person's feed has those they present in or watch,
 * a chapter's feed those of its announced trainings without anyone's name, each at its time in the chapter's zone
 * (or all day), following its plan under the same UID. The clock is at 10:00 in New York on 1 March 2026.
 */
@WebTest
@Import({ CoachingFixtures.class, MutableClock.Configuration.class })
class RunThroughCalendarsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	CoachingFixtures fixtures;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	Coached coached;

	@BeforeEach
	void aCoachedTrainingSixWeeksOut() {
		clock.set(Instant.parse("2026-03-01T15:00:00Z"));
		coached = fixtures.coached("rt-feeds", TODAY.plusWeeks(6));
	}

	@Test
	void aPersonsFeedShowsThePlannedAndHeldRunThroughsTheyPresentInOrWatch() throws Exception {
		UUID both = plan(coached.trainingId(), TODAY.plusDays(10), LocalTime.of(18, 30), "",
				List.of(part(coached.story(), coached.ana()), part(coached.change(), coached.ben())),
				Set.of(coached.coach().accountId()));
		UUID bensOnly = plan(coached.trainingId(), TODAY.plusDays(12), LocalTime.of(18, 0), "",
				List.of(part(coached.change(), coached.ben())), Set.of());
		UUID held = as(() -> runThroughs.log(coached.trainingId(), new RunThroughDetails(TODAY, LocalTime.of(9, 0),
				RunThroughFormat.IN_PERSON, "Room 2", List.of(new Presentation(coached.story(),
						coached.ana().accountId(), 45, 50)), Set.of(), "", ""), coached.ana().accountId()));
		UUID cancelled = plan(coached.trainingId(), TODAY.plusDays(14), LocalTime.of(18, 0), "",
				List.of(part(coached.story(), coached.ana())), Set.of());
		as(() -> runThroughs.cancel(cancelled, version(cancelled)));

		Calendar anas = parse(feed(personalToken(coached.ana())));

		assertThat(runThroughUids(anas)).containsExactly(uid(held), uid(both));
		VEvent event = event(anas, both);
		assertThat(event.getSummary().getValue()).isEqualTo("Run-through: Core — Story of self, Theory of change");
		assertThat(start(event)).isEqualTo(LocalDateTime.of(2026, 3, 11, 18, 30).atZone(NEW_YORK));
		assertThat(end(event)).as("45 + 60 planned minutes").isEqualTo(LocalDateTime.of(2026, 3, 11, 20, 15).atZone(NEW_YORK));
		assertThat(event.getLocation().getValue()).isEqualTo("Online");
		assertThat(value(event, "URL")).isEqualTo("http://localhost/" + coached.organization().slug() + "/trainings/"
				+ coached.trainingId() + "/run-throughs/" + both);
		assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event, "SEQUENCE")).isEqualTo(String.valueOf(version(both)));
		assertThat(event.getDescription().getValue())
			.contains("Who presents: Story of self — " + name(coached.ana()) + "; Theory of change — "
					+ name(coached.ben()))
			.contains("Watching: " + name(coached.coach()));
		assertThat(event(anas, held).getLocation().getValue()).isEqualTo("Room 2");
		assertThat(runThroughUids(parse(feed(personalToken(coached.coach()))))).containsExactly(uid(both));
		assertThat(runThroughUids(parse(feed(personalToken(coached.ben()))))).containsExactly(uid(both), uid(bensOnly));
		assertThat(runThroughUids(parse(feed(personalToken(coached.carla()))))).isEmpty();
	}

	@Test
	void aChapterFeedShowsItsAnnouncedTrainingsRunThroughsWithoutNames() throws Exception {
		UUID planned = plan(coached.trainingId(), TODAY.plusDays(10), LocalTime.of(18, 30), "",
				List.of(part(coached.story(), coached.ana())), Set.of(coached.coach().accountId()));
		UUID draft = trainingFixtures.draft(coached.organization(), coached.chapterId(), coached.programId(),
				TODAY.plusWeeks(8));
		UUID ofADraft = plan(draft, TODAY.plusDays(20), LocalTime.of(18, 30), "",
				List.of(part(coached.story(), coached.ana())), Set.of());

		Calendar chapter = parse(feed(chapterToken()));

		assertThat(runThroughUids(chapter)).containsExactly(uid(planned));
		assertThat(event(chapter, planned).getDescription().getValue()).doesNotContain(name(coached.ana()))
			.doesNotContain(name(coached.coach()))
			.contains("/run-throughs/" + planned);
		VEvent tentative = event(parse(feed(personalToken(coached.ana()))), ofADraft);
		assertThat(value(tentative, "STATUS")).isEqualTo("TENTATIVE");
	}

	@Test
	void aRunThroughWithoutATimeIsAllDayAndFollowsItsPlanUnderTheSameUid() throws Exception {
		UUID id = plan(coached.trainingId(), TODAY.plusDays(10), null, "Hall B",
				List.of(part(coached.story(), coached.ana())), Set.of());
		String token = personalToken(coached.ana());
		VEvent before = event(parse(feed(token)), id);

		as(() -> runThroughs.change(id, new RunThroughDetails(TODAY.plusDays(11), LocalTime.of(19, 0),
				RunThroughFormat.IN_PERSON, "Hall B", List.of(part(coached.story(), coached.ana())), Set.of(), "", ""),
				version(id)));

		VEvent after = event(parse(feed(token)), id);
		assertThat(before.getStartDate().orElseThrow().getDate()).isEqualTo(TODAY.plusDays(10));
		assertThat(before.getEndDate().orElseThrow().getDate()).isEqualTo(TODAY.plusDays(11));
		assertThat(before.getLocation().getValue()).isEqualTo("Hall B");
		assertThat(start(after)).isEqualTo(LocalDateTime.of(2026, 3, 12, 19, 0).atZone(NEW_YORK));
		assertThat(Long.parseLong(value(after, "SEQUENCE"))).isGreaterThan(Long.parseLong(value(before, "SEQUENCE")));
	}

	private UUID plan(UUID trainingId, LocalDate date, LocalTime startsAt, String place, List<Presentation> parts,
			Set<UUID> watchers) {
		RunThroughFormat format = place.isEmpty() ? RunThroughFormat.ONLINE : RunThroughFormat.IN_PERSON;
		return as(() -> runThroughs.plan(trainingId,
				new RunThroughDetails(date, startsAt, format, place, parts, watchers, "", ""),
				coached.lead().accountId()));
	}

	/** A module presented by someone, planned at the curriculum's minutes (Story of self 45, Theory of change 60). */
	private Presentation part(UUID moduleKey, Person presenter) {
		return new Presentation(moduleKey, presenter.accountId(), moduleKey.equals(coached.story()) ? 45 : 60, null);
	}

	private long version(UUID runThroughId) {
		return as(() -> runThroughs.runThrough(runThroughId)).version();
	}

	private String feed(String token) throws Exception {
		return mvc.perform(get("/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String personalToken(Person person) {
		return as(() -> feeds.subscriptions(person.accountId()).personalToken());
	}

	private String chapterToken() {
		return as(() -> feeds.subscriptions(coached.lead().accountId())
			.chapters()
			.stream()
			.filter(feed -> feed.chapterId().equals(coached.chapterId()))
			.findFirst()
			.orElseThrow()
			.token());
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static String uid(UUID runThroughId) {
		return "run-through-" + runThroughId + "@liminal";
	}

	private static List<String> runThroughUids(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.map(event -> value(event, "UID"))
			.filter(uid -> uid.startsWith("run-through-"))
			.toList();
	}

	private static VEvent event(Calendar calendar, UUID runThroughId) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(event -> value(event, "UID").equals(uid(runThroughId)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event of run-through " + runThroughId));
	}

	private static String value(VEvent event, String name) {
		return event.<Property>getRequiredProperty(name).getValue();
	}

	private static ZonedDateTime start(VEvent event) {
		return zoned(event.getStartDate().orElseThrow().getDate());
	}

	private static ZonedDateTime end(VEvent event) {
		return zoned(event.getEndDate().orElseThrow().getDate());
	}

	private static ZonedDateTime zoned(Temporal temporal) {
		return ((ZonedDateTime) temporal).withZoneSameInstant(NEW_YORK);
	}

	private static String name(Person person) {
		return person.account().displayName();
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(coached.organization().id(), work);
	}

	private void as(Runnable work) {
		TenantContext.runAsOrganization(coached.organization().id(), work);
	}

}
