package org.liminal.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.liminal.accounts.Accounts;
import org.liminal.chapters.ChapterDetails;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.AgendaDay;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.Memberships;
import org.liminal.organizations.OrganizationRole;
import org.liminal.trainings.Dates;
import org.liminal.trainings.PastTrainings;
import org.liminal.trainings.Post;
import org.liminal.trainings.Seat;
import org.liminal.trainings.SeatPlan;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.Trainings;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organization's chapters and trainings: four chapters in four time zones with their leads and pools (a
 * second chapter lead, fifteen trainers, three coaches), and eight trainings from last month to three months
 * ahead, in every state and staffed to various degrees.
 * <p>
 * The demo starts on any day, so no date is fixed: trainings fall on weekends counted from the first Saturday
 * after today in Boston. Boston is the easternmost chapter, so that Saturday is still ahead in every chapter's own
 * time zone, where the lead time of each training is counted.
 * <p>
 * Everything goes through {@link Trainings}, so every rule applies. The two trainings whose history starts in the
 * past (one held last month, one scheduled seven weeks before its date) are replayed through {@link PastTrainings}
 * as of the days they were scheduled and held, instead of being written around the rules; the held one's
 * participants are replayed too ({@link DemoParticipants#held}), before it is completed.
 */
@Component
@Profile("demo & !operator")
class DemoTrainings {

	private static final Log log = LogFactory.getLog(DemoTrainings.class);

	private static final String CORE = "Core training";

	private static final String STRATEGY = "Strategy upgrade";

	private static final String TRAINERS = "Training of trainers";

	/** The easternmost chapter's zone, whose today is the latest of all chapters. */
	private static final ZoneId EASTERNMOST = ZoneId.of("America/New_York");

	/** Six to eight weeks is a full preparation; a well-run chapter schedules seven weeks ahead. */
	private static final int WEEKS_OF_PREPARATION = 7;

	private static final List<Newcomer> PEOPLE = List.of(
			new Newcomer("organizer", "Olivia Organizer", OrganizationRole.ORGANIZER),
			new Newcomer("lead", "Luis Lead", OrganizationRole.CHAPTER_LEAD),
			new Newcomer("lead.chicago", "Keisha Brooks", OrganizationRole.CHAPTER_LEAD),
			new Newcomer("trainer", "Tamara Trainer", OrganizationRole.TRAINER),
			new Newcomer("aisha", "Aisha Rahman", OrganizationRole.TRAINER),
			new Newcomer("daniel", "Daniel Okafor", OrganizationRole.TRAINER),
			new Newcomer("grace", "Grace Liu", OrganizationRole.TRAINER),
			new Newcomer("marcus", "Marcus Bell", OrganizationRole.TRAINER),
			new Newcomer("priya", "Priya Natarajan", OrganizationRole.TRAINER),
			new Newcomer("jamal", "Jamal Carter", OrganizationRole.TRAINER),
			new Newcomer("hannah", "Hannah Kowalski", OrganizationRole.TRAINER),
			new Newcomer("sofia", "Sofía Ramírez", OrganizationRole.TRAINER),
			new Newcomer("kenji", "Kenji Watanabe", OrganizationRole.TRAINER),
			new Newcomer("maya", "Maya Thompson", OrganizationRole.TRAINER),
			new Newcomer("elena", "Elena Vargas", OrganizationRole.TRAINER),
			new Newcomer("alejandro", "Alejandro Hernández", OrganizationRole.TRAINER),
			new Newcomer("lucia", "Lucía Morales", OrganizationRole.TRAINER),
			new Newcomer("mateo", "Mateo Jiménez", OrganizationRole.TRAINER),
			new Newcomer("coach", "Carlos Coach", OrganizationRole.COACH),
			new Newcomer("ruth", "Ruth Feldman", OrganizationRole.COACH),
			new Newcomer("nadia", "Nadia Haddad", OrganizationRole.COACH));

	private static final List<ChapterSeed> CHAPTERS = List.of(
			new ChapterSeed("Boston", "boston", "America/New_York", "Northeast", List.of("lead"),
					List.of("trainer", "aisha", "daniel", "grace", "marcus", "coach")),
			new ChapterSeed("Chicago", "chicago", "America/Chicago", "Midwest", List.of("lead.chicago"),
					List.of("priya", "jamal", "hannah", "marcus", "trainer", "ruth")),
			new ChapterSeed("Los Angeles", "los-angeles", "America/Los_Angeles", "West Coast", List.of("lead"),
					List.of("sofia", "kenji", "maya", "elena", "nadia")),
			new ChapterSeed("Ciudad de México", "ciudad-de-mexico", "America/Mexico_City", "Mexico",
					List.of("lead.chicago"), List.of("alejandro", "lucia", "mateo", "elena", "coach")));

	private final Accounts accounts;

	private final Memberships memberships;

	private final Chapters chapters;

	private final Programs programs;

	private final Trainings trainings;

	private final PastTrainings pastTrainings;

	private final DemoParticipants participants;

	DemoTrainings(Accounts accounts, Memberships memberships, Chapters chapters, Programs programs,
			Trainings trainings, PastTrainings pastTrainings, DemoParticipants participants) {
		this.accounts = accounts;
		this.memberships = memberships;
		this.chapters = chapters;
		this.programs = programs;
		this.trainings = trainings;
		this.pastTrainings = pastTrainings;
		this.participants = participants;
	}

	/**
	 * Seeds the people, chapters and trainings of the organization set as tenant, all or nothing, unless it
	 * already has chapters (a database seeded before the demo held chapters gets them on the next start). Needs the
	 * demo curriculum: without its three programs nothing is seeded.
	 */
	@Transactional
	void seedUnlessPresent() {
		if (!chapters.all().isEmpty()) {
			return;
		}
		Optional<Curriculum> curriculum = curriculum();
		if (curriculum.isEmpty()) {
			log.warn("No demo chapters and trainings: the programs " + List.of(CORE, STRATEGY, TRAINERS)
					+ " are not all published");
			return;
		}
		Cast cast = people();
		Map<String, Place> places = new HashMap<>();
		for (ChapterSeed seed : CHAPTERS) {
			places.put(seed.slug(), chapter(seed, cast));
		}
		trainings(curriculum.get(), cast, places);
	}

	// --- People and chapters ----------------------------------------------------------

	/** Accounts and memberships; those that exist already (DemoData's four people) only get their role back. */
	private Cast people() {
		Map<String, UUID> ids = new LinkedHashMap<>();
		for (Newcomer person : PEOPLE) {
			UUID accountId = accounts.findOrCreate(person.handle() + "@demo.test", person.name(), DemoData.PASSWORD).id();
			memberships.grant(accountId, Set.of(person.role()));
			ids.put(person.handle(), accountId);
		}
		return new Cast(ids);
	}

	private Place chapter(ChapterSeed seed, Cast cast) {
		UUID chapterId = chapters.create(new ChapterDetails(seed.name(), seed.slug(), ZoneId.of(seed.zone()),
				seed.region(), true));
		chapters.changePeople(chapterId, Set.copyOf(cast.all(seed.leads())), Set.copyOf(cast.all(seed.pool())),
				chapters.chapter(chapterId).version());
		return new Place(chapterId, ZoneId.of(seed.zone()));
	}

	// --- Trainings --------------------------------------------------------------------

	private void trainings(Curriculum curriculum, Cast cast, Map<String, Place> places) {
		Place boston = places.get("boston");
		Place chicago = places.get("chicago");
		Place losAngeles = places.get("los-angeles");
		Place mexicoCity = places.get("ciudad-de-mexico");
		LocalDate saturday = trainings.today(EASTERNMOST).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

		UUID held = scheduledLongAgo(boston, curriculum.firstCore(), saturday.minusWeeks(5),
				inPerson("Roxbury Community Hall, 120 Warren St, Boston, MA 02119", 40, "en", true,
						"Lunch and snacks provided. Bring a water bottle and something to write with."),
				new Crew(cast.of("aisha"), cast.of("coach"), cast.all(List.of("aisha", "trainer", "grace")),
						cast.all(List.of("lead", "marcus", "organizer", "daniel")), Share.EVERY_SEAT));
		participants.held(held, boston.zone(), cast.of("lead"));
		completeOnLastDay(held, boston.zone());

		scheduledLongAgo(chicago, curriculum.trainers(), saturday.plusWeeks(1),
				inPerson("Logan Square Neighborhood Center, 2840 N Milwaukee Ave, Chicago, IL 60618", 24, "en", false,
						"For people who went through the Core training and want to train others. Invitation only: "
								+ "ask your chapter lead."),
				new Crew(cast.of("priya"), cast.of("ruth"), cast.all(List.of("priya", "jamal", "marcus")),
						cast.all(List.of("lead.chicago", "hannah", "daniel", "organizer")), Share.EVERY_SEAT));

		// At risk on purpose: under two weeks out with module seats open (DemoPreparation adds the lead's task).
		scheduledToday(boston, curriculum.core(), saturday.plusWeeks(1),
				inPerson("Egleston Square Community Room, 3134 Washington St, Boston, MA 02130", 40, "en", true,
						"Added at short notice for the wave of sign-ups after the march, so its preparation is "
								+ "compressed."),
				new Crew(cast.of("trainer"), cast.of("coach"), cast.all(List.of("trainer", "aisha", "grace")),
						cast.all(List.of("lead")), Share.FIRST_SEATS));

		UUID calledOff = scheduledToday(losAngeles, curriculum.strategy(), saturday.plusWeeks(3),
				inPerson("Boyle Heights Arts Hall, 2000 E 1st St, Los Angeles, CA 90033", 30, "en", true, ""),
				new Crew(cast.of("sofia"), cast.of("nadia"), List.of(), List.of(), Share.LEAD_AND_COACH));
		trainings.cancel(calledOff,
				"The venue withdrew the booking; the chapter picks a new date at its next meeting.",
				trainings.training(calledOff).version());

		scheduledToday(losAngeles, curriculum.core(), saturday.plusWeeks(7),
				inPerson("Boyle Heights Arts Hall, 2000 E 1st St, Los Angeles, CA 90033", 40, "en", true,
						"Looking for trainers: the whole team is still open."),
				Crew.NOBODY);

		scheduledToday(chicago, curriculum.firstCore(), saturday.plusWeeks(8),
				inPerson("Pilsen Community Hall, 1800 S Halsted St, Chicago, IL 60608", 40, "en", true,
						"Planned on version 1. Move it to the newer version once the trainers have run through the "
								+ "new Safety and wellbeing module."),
				new Crew(cast.of("jamal"), cast.of("ruth"), cast.all(List.of("jamal", "hannah", "marcus", "trainer")),
						cast.all(List.of("lead.chicago")), Share.FIRST_SEATS));

		scheduledToday(mexicoCity, curriculum.core(), saturday.plusWeeks(10),
				inPerson("Casa del Barrio, Calle República de Cuba 24, Centro, Ciudad de México", 35,
						curriculum.spanishOrFirst(), true,
						"Entrenamiento en español. La comida está incluida; trae agua y algo para escribir."),
				new Crew(cast.of("alejandro"), cast.of("coach"),
						cast.all(List.of("alejandro", "lucia", "mateo", "elena")), List.of(), Share.FIRST_SEATS));

		draft(boston, curriculum.strategy(), saturday.plusWeeks(12),
				new TrainingDetails("", "https://meet.example.org/demo-movement/strategy-upgrade", 60, "en", false,
						"For team leads of all four chapters, so it runs online."));
	}

	/** Scheduled with a full preparation, seven weeks before its first day: replayed as of that day. */
	private UUID scheduledLongAgo(Place chapter, CurriculumView version, LocalDate firstDay, TrainingDetails details,
			Crew crew) {
		Instant then = firstDay.minusWeeks(WEEKS_OF_PREPARATION)
			.atTime(LocalTime.NOON)
			.atZone(chapter.zone())
			.toInstant();
		return pastTrainings.asOf(then, asThen -> scheduled(asThen, chapter, version, firstDay, details, crew));
	}

	private UUID scheduledToday(Place chapter, CurriculumView version, LocalDate firstDay, TrainingDetails details,
			Crew crew) {
		return scheduled(trainings, chapter, version, firstDay, details, crew);
	}

	private static UUID scheduled(Trainings trainings, Place chapter, CurriculumView version, LocalDate firstDay,
			TrainingDetails details, Crew crew) {
		UUID trainingId = trainings.create(chapter.id(), version.versionId(), dates(version, firstDay), details);
		trainings.schedule(trainingId, trainings.training(trainingId).version());
		staff(trainings, trainingId, crew);
		return trainingId;
	}

	private void draft(Place chapter, CurriculumView version, LocalDate firstDay, TrainingDetails details) {
		trainings.create(chapter.id(), version.versionId(), dates(version, firstDay), details);
	}

	/** Recorded as held on the evening of its last day, the earliest a lead would mark it. */
	private void completeOnLastDay(UUID trainingId, ZoneId zone) {
		Instant evening = trainings.training(trainingId).lastDay().atTime(18, 0).atZone(zone).toInstant();
		pastTrainings.asOf(evening, asThen -> {
			asThen.complete(trainingId, asThen.training(trainingId).version());
			return trainingId;
		});
	}

	/** Every day starts when the version's agenda starts it. */
	private static Dates dates(CurriculumView version, LocalDate firstDay) {
		return new Dates(firstDay, version.agenda().stream().map(AgendaDay::startsAt).toList());
	}

	private static TrainingDetails inPerson(String address, int capacity, String language, boolean open,
			String notes) {
		return new TrainingDetails(address, "", capacity, language, open, notes);
	}

	// --- Staffing ---------------------------------------------------------------------

	/**
	 * Fills the seats the crew's share covers, the way a lead would: trainers take module seats in turn, each
	 * skipping seats that clash with one they already hold, and helpers take the day-of roles. Trainings still
	 * checks every rule.
	 */
	private static void staff(Trainings trainings, UUID trainingId, Crew crew) {
		if (crew.share() == Share.NOBODY) {
			return;
		}
		List<SeatPlan> seats = trainings.staffingPlan(trainingId).seats();
		Map<Seat, UUID> team = new LinkedHashMap<>();
		Map<UUID, List<SeatPlan>> held = new HashMap<>();
		int nextTrainer = 0;
		for (SeatPlan seat : seats) {
			Post post = seat.seat().post();
			Optional<UUID> holder = Optional.empty();
			if (post == Post.LEAD_TRAINER) {
				holder = Optional.of(crew.lead());
			}
			else if (post == Post.COACH) {
				holder = Optional.ofNullable(crew.coach());
			}
			else if (post == Post.MODULE && crew.share().covers(seat.seat())) {
				int found = firstFree(crew.trainers(), nextTrainer, seat, held);
				if (found < 0) {
					throw new IllegalStateException("No demo trainer is free for " + seat.title());
				}
				holder = Optional.of(crew.trainers().get(found));
				nextTrainer = found + 1;
			}
			else if (post == Post.DAY_OF_ROLE && crew.share().covers(seat.seat())) {
				int found = firstFree(crew.helpers(), 0, seat, held);
				if (found < 0 && crew.share() == Share.EVERY_SEAT) {
					throw new IllegalStateException("No demo helper is free to be " + seat.title());
				}
				holder = found < 0 ? Optional.empty() : Optional.of(crew.helpers().get(found));
			}
			holder.ifPresent(person -> {
				team.put(seat.seat(), person);
				held.computeIfAbsent(person, id -> new ArrayList<>()).add(seat);
			});
		}
		trainings.staff(trainingId, team, trainings.training(trainingId).version());
	}

	/** The first person, from a place in the list on and round, who holds no seat clashing with this one. */
	private static int firstFree(List<UUID> people, int from, SeatPlan seat, Map<UUID, List<SeatPlan>> held) {
		for (int i = 0; i < people.size(); i++) {
			int candidate = (from + i) % people.size();
			if (held.getOrDefault(people.get(candidate), List.of()).stream().noneMatch(other -> clash(other, seat))) {
				return candidate;
			}
		}
		return -1;
	}

	/** Nobody presents one module twice, nor is in two places at once. */
	private static boolean clash(SeatPlan one, SeatPlan other) {
		if (one.seat().post() == Post.MODULE && other.seat().post() == Post.MODULE
				&& one.seat().moduleKey().equals(other.seat().moduleKey())) {
			return true;
		}
		return one.busy()
			.stream()
			.anyMatch(mine -> other.busy()
				.stream()
				.anyMatch(theirs -> mine.start().isBefore(theirs.end()) && theirs.start().isBefore(mine.end())));
	}

	// --- The curriculum the trainings run -------------------------------------------

	private Optional<Curriculum> curriculum() {
		Map<String, UUID> ids = programs.list(false)
			.stream()
			.collect(Collectors.toMap(ProgramSummary::name, ProgramSummary::programId, (first, second) -> first));
		if (!ids.keySet().containsAll(List.of(CORE, STRATEGY, TRAINERS))) {
			return Optional.empty();
		}
		UUID core = ids.get(CORE);
		return Optional.of(new Curriculum(programs.published(core, 1), programs.latestPublished(core).orElseThrow(),
				programs.latestPublished(ids.get(STRATEGY)).orElseThrow(),
				programs.latestPublished(ids.get(TRAINERS)).orElseThrow()));
	}

	/**
	 * The published versions the demo trainings run.
	 *
	 * @param firstCore the Core training's version 1, which some trainings stay pinned to
	 */
	private record Curriculum(CurriculumView firstCore, CurriculumView core, CurriculumView strategy,
			CurriculumView trainers) {

		/** Spanish, unless the database was seeded before the Core training was offered in Spanish. */
		String spanishOrFirst() {
			List<String> languages = core.details().languages();
			return languages.contains("es") ? "es" : languages.get(0);
		}

	}

	// --- Building blocks --------------------------------------------------------------

	/** A demo person: {@code handle@demo.test}, with the role they hold. */
	private record Newcomer(String handle, String name, OrganizationRole role) {
	}

	/** Who leads a chapter and who is in its pool, by handle. */
	private record ChapterSeed(String name, String slug, String zone, String region, List<String> leads,
			List<String> pool) {
	}

	private record Place(UUID id, ZoneId zone) {
	}

	/** The account ids of the demo people, by handle. */
	private record Cast(Map<String, UUID> ids) {

		UUID of(String handle) {
			UUID id = ids.get(handle);
			if (id == null) {
				throw new IllegalArgumentException("No demo person " + handle);
			}
			return id;
		}

		List<UUID> all(List<String> handles) {
			return handles.stream().map(this::of).toList();
		}

	}

	/**
	 * Who a training's team is drawn from.
	 *
	 * @param trainers who present modules, in turn
	 * @param helpers who take the day-of roles
	 */
	private record Crew(UUID lead, UUID coach, List<UUID> trainers, List<UUID> helpers, Share share) {

		static final Crew NOBODY = new Crew(null, null, List.of(), List.of(), Share.NOBODY);

	}

	/** How much of a training's team is found yet. */
	private enum Share {

		/** Every seat. */
		EVERY_SEAT,

		/** The lead trainer, the coach, the first trainer of every module and the first of every day-of role. */
		FIRST_SEATS,

		/** Only the lead trainer and the coach. */
		LEAD_AND_COACH,

		/** Nobody yet. */
		NOBODY;

		boolean covers(Seat seat) {
			return this == EVERY_SEAT || (this == FIRST_SEATS && seat.number() == 1);
		}

	}

}
