package org.liminal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.Assignments;
import org.liminal.trainings.Post;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The demo organization's chapters and trainings, whatever day the demo starts on. The detailed checks seed a
 * fresh organization with the clock set to awkward days; the {@code demo} organization itself may have been seeded
 * by another test context (every test class shares one database), so its checks only read it.
 */
@DemoTest
class DemoTrainingsTests {

	private static final List<String> CHAPTERS = List.of("Boston", "Chicago", "Los Angeles", "Ciudad de México");

	@Autowired
	Organizations organizations;

	@Autowired
	DemoData demoData;

	@Autowired
	DemoCurriculum demoCurriculum;

	@Autowired
	DemoTrainings demoTrainings;

	@Autowired
	Chapters chapters;

	@Autowired
	Trainings trainings;

	@Autowired
	TrainingFinder finder;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToTheRealTime() {
		clock.set(Instant.now());
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// Saturday in Boston, Chicago and Mexico City, still Friday in Los Angeles.
			"2026-03-07T06:00:00Z",
			// The Saturday before the clocks go back in the United States (Mexico no longer changes).
			"2026-10-31T12:00:00Z",
			"2026-12-31T23:30:00Z" })
	void anOrganizationWithTheCurriculumGetsChaptersPeopleAndTrainingsOnAnyDay(String now) {
		clock.set(Instant.parse(now));
		OrganizationSummary organization = seededOrganization();

		inside(organization, () -> {
			fourChaptersAndEightTrainingsFromLastMonthToThreeMonthsAhead();
			leadsPoolsAndTeamsOfTheSeededPeople();
		});
	}

	private void fourChaptersAndEightTrainingsFromLastMonthToThreeMonthsAhead() {
		assertThat(chapters.all()).extracting(ChapterView::name, chapter -> chapter.zone().getId(),
				ChapterView::region)
			.containsExactlyInAnyOrder(tuple("Boston", "America/New_York", "Northeast"),
					tuple("Chicago", "America/Chicago", "Midwest"),
					tuple("Los Angeles", "America/Los_Angeles", "West Coast"),
					tuple("Ciudad de México", "America/Mexico_City", "Mexico"));
		List<TrainingSummary> all = finder.find(TrainingFilter.any(), 1, 100).trainings();
		assertThat(all).hasSize(8);
		assertThat(all.stream().collect(Collectors.groupingBy(TrainingSummary::status, Collectors.counting())))
			.containsExactlyInAnyOrderEntriesOf(Map.of(TrainingStatus.COMPLETED, 1L, TrainingStatus.CANCELLED, 1L,
					TrainingStatus.DRAFT, 1L, TrainingStatus.SCHEDULED, 5L));

		TrainingSummary held = only(all, TrainingStatus.COMPLETED);
		assertThat(daysAhead(held)).isBetween(-35L, -27L);
		assertThat(all).extracting(this::daysAhead).allSatisfy(days -> assertThat(days).isLessThanOrEqualTo(100L));
		assertThat(all).extracting(this::daysAhead).anySatisfy(days -> assertThat(days).isGreaterThan(80L));
		List<TrainingSummary> soon = all.stream()
			.filter(training -> training.status() == TrainingStatus.SCHEDULED)
			.filter(training -> daysAhead(training) >= 7 && daysAhead(training) <= 22)
			.toList();
		assertThat(soon).extracting(TrainingSummary::isCompressed).containsExactlyInAnyOrder(true, false);
		assertThat(all).filteredOn(training -> training.status() == TrainingStatus.SCHEDULED)
			.filteredOn(training -> daysAhead(training) >= 42 && daysAhead(training) <= 70)
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(all).filteredOn(training -> training.language().equals("es"))
			.singleElement()
			.satisfies(spanish -> assertThat(spanish.chapterName()).isEqualTo("Ciudad de México"));

		List<TrainingView> views = all.stream().map(training -> trainings.training(training.id())).toList();
		assertThat(views).allSatisfy(view -> assertThat(view.doubleBookings()).isEmpty());
		assertThat(views).filteredOn(view -> view.status() == TrainingStatus.CANCELLED)
			.singleElement()
			.satisfies(cancelled -> assertThat(cancelled.cancelReason()).isNotBlank());
		assertThat(views).filteredOn(view -> view.status() == TrainingStatus.COMPLETED)
			.singleElement()
			.satisfies(completed -> assertThat(completed.isCompressed()).isFalse());
		assertThat(views).anySatisfy(v1 -> {
			assertThat(v1.programName()).isEqualTo("Core training");
			assertThat(v1.canMoveToNewerVersion()).isTrue();
			assertThat(v1.versionNumber()).isEqualTo(1);
		});
		List<TrainingView> upcoming = views.stream().filter(view -> view.status().isOpen()).toList();
		assertThat(upcoming).as("one fully staffed")
			.anySatisfy(view -> assertThat(view.filledSeats()).isEqualTo(view.seats()));
		assertThat(upcoming).as("some half staffed")
			.filteredOn(view -> view.filledSeats() > 0 && view.filledSeats() < view.seats())
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(upcoming).as("one scheduled with nobody yet")
			.anySatisfy(view -> {
				assertThat(view.status()).isEqualTo(TrainingStatus.SCHEDULED);
				assertThat(view.filledSeats()).isZero();
			});
	}

	private void leadsPoolsAndTeamsOfTheSeededPeople() {
		Map<String, Person> people = chapters.people()
			.stream()
			.collect(Collectors.toMap(Person::email, Function.identity()));
		assertThat(people.values()).filteredOn(person -> person.has(OrganizationRole.TRAINER)).hasSize(15);
		assertThat(people.values()).filteredOn(person -> person.has(OrganizationRole.COACH)).hasSize(3);
		assertThat(chapters.ledBy(people.get("lead@demo.test").accountId())).extracting(ChapterView::name)
			.containsExactlyInAnyOrder("Boston", "Los Angeles");
		assertThat(chapters.ledBy(people.get("lead.chicago@demo.test").accountId())).extracting(ChapterView::name)
			.containsExactlyInAnyOrder("Chicago", "Ciudad de México");
		assertThat(chapters.all()).allSatisfy(chapter -> {
			assertThat(chapter.pool()).filteredOn(person -> person.has(OrganizationRole.TRAINER))
				.hasSizeBetween(3, 6);
			assertThat(chapter.pool()).anySatisfy(person -> assertThat(person.has(OrganizationRole.COACH)).isTrue());
		});
		assertThat(people.values()).as("trainers shared by two chapters")
			.filteredOn(person -> person.poolChapterIds().size() > 1)
			.hasSizeGreaterThanOrEqualTo(2);
		Person tamara = people.get("trainer@demo.test");
		assertThat(tamara.poolChapterIds()).contains(chapters.idOf("boston").orElseThrow());
		assertThat(upcomingTeamsOf(tamara)).hasSizeGreaterThanOrEqualTo(2);
		assertThat(upcomingTeamsOf(people.get("coach@demo.test")))
			.anySatisfy(team -> assertThat(team.seats()).anySatisfy(
					seat -> assertThat(seat.seat().post()).isEqualTo(Post.COACH)));
	}

	@Test
	void theDemoOrganizationHoldsTheChaptersAndTheirTrainings() {
		OrganizationSummary demo = organizations.findBySlug("demo").orElseThrow();

		inside(demo, () -> {
			assertThat(chapters.all()).extracting(ChapterView::name).containsAll(CHAPTERS);
			assertThat(finder.find(TrainingFilter.any(), 1, 100).trainings()).hasSizeGreaterThanOrEqualTo(8);
			Person tamara = chapters.people()
				.stream()
				.filter(person -> person.email().equals("trainer@demo.test"))
				.findFirst()
				.orElseThrow();
			assertThat(upcomingTeamsOf(tamara)).hasSizeGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void startingTheAppAgainSeedsNothingTwice() throws Exception {
		OrganizationSummary demo = organizations.findBySlug("demo").orElseThrow();
		Supplier<List<Integer>> counts = () -> TenantContext.callAsOrganization(demo.id(),
				() -> List.of(chapters.all().size(), chapters.people().size(),
						(int) finder.find(TrainingFilter.any(), 1, 1).total()));
		List<Integer> before = counts.get();

		demoData.run(new DefaultApplicationArguments());
		TenantContext.runAsOrganization(demo.id(), demoTrainings::seedUnlessPresent);

		assertThat(counts.get()).isEqualTo(before);
	}

	/** A new organization holding the demo curriculum, seeded with chapters and trainings twice. */
	private OrganizationSummary seededOrganization() {
		OrganizationSummary organization = organizations.create(Fixtures.unique("demo"), "Seeded before chapters");
		TenantContext.runAsOrganization(organization.id(), demoCurriculum::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoTrainings::seedUnlessPresent);
		TenantContext.runAsOrganization(organization.id(), demoTrainings::seedUnlessPresent);
		return organization;
	}

	private List<Assignments> upcomingTeamsOf(Person person) {
		LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), clock.getZone()).plusDays(1);
		return finder.assignedTo(person.accountId(), tomorrow);
	}

	/** Days from the chapter's today to the first day. */
	private long daysAhead(TrainingSummary training) {
		return ChronoUnit.DAYS.between(trainings.today(training.zone()), training.firstDay());
	}

	private static TrainingSummary only(List<TrainingSummary> all, TrainingStatus status) {
		return all.stream().filter(training -> training.status() == status).findFirst().orElseThrow();
	}

	private static void inside(OrganizationSummary organization, Runnable checks) {
		TenantContext.runAsOrganization(organization.id(), checks);
	}

}
