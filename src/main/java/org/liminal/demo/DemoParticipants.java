package org.liminal.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.chapters.Chapters;
import org.liminal.participants.Attendance;
import org.liminal.participants.AttendanceEntry;
import org.liminal.participants.NextStep;
import org.liminal.participants.PastRegistrations;
import org.liminal.participants.Registration;
import org.liminal.participants.Registrations;
import org.liminal.participants.Seats;
import org.liminal.participants.SignUpDetails;
import org.liminal.participants.Team;
import org.liminal.participants.TeamDetails;
import org.liminal.participants.Teams;
import org.liminal.participants.WalkIn;
import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo trainings' participants. The training held last month had its sign-ups over the weeks before it (a few
 * cancelled), most people checked in at the door that morning with two walk-ins, and its attendance and most
 * next steps are recorded, several into the chapter's teams; it is replayed through {@link PastRegistrations} as of
 * those days, before {@link DemoTrainings} completes it, so that its attendees reach the pathway. The upcoming open
 * trainings fill as a wave of sign-ups would: the compressed Boston one is full with people on its waitlist, the
 * others part full. Every chapter has teams for newcomers to join.
 * <p>
 * Participants' addresses are at {@code example.org}, which takes no mail.
 */
@Component
@Profile("demo & !operator")
class DemoParticipants {

	/** How many people sign up for the held training; three of them cancel. */
	static final int HELD_SIGN_UPS = 34;

	/** How many of those who kept their seat were not there on the day. */
	static final int HELD_NO_SHOWS = 4;

	/** People on the full training's waitlist. */
	static final int WAITING = 5;

	private static final List<String> FIRST_NAMES = List.of("Amara", "Ben", "Chloé", "Dev", "Esther", "Felix",
			"Gabriela", "Hiro", "Ines", "Jonah", "Kemi", "Leo", "Maya", "Noor", "Oscar", "Paloma", "Quinn", "Rosa",
			"Samir", "Tess", "Uri", "Valentina", "Wen", "Xavier", "Yara", "Zoe");

	private static final List<String> LAST_NAMES = List.of("Adeyemi", "Brennan", "Castillo", "Dubois", "Eriksen",
			"Fitzgerald", "Guzmán", "Haddad", "Ibrahim", "Jensen", "Kowalski", "Lindqvist", "Moreno", "Nakamura",
			"O'Connor", "Petrov");

	private static final List<String> HEARD_FROM = List.of("At the march", "A friend told me", "Instagram",
			"Flyer at the library", "", "The newsletter");

	private final TrainingFinder finder;

	private final Trainings trainings;

	private final Chapters chapters;

	private final Teams teams;

	private final Registrations registrations;

	private final PastRegistrations pastRegistrations;

	private final Attendance attendance;

	DemoParticipants(TrainingFinder finder, Trainings trainings, Chapters chapters, Teams teams,
			Registrations registrations, PastRegistrations pastRegistrations, Attendance attendance) {
		this.finder = finder;
		this.trainings = trainings;
		this.chapters = chapters;
		this.teams = teams;
		this.registrations = registrations;
		this.pastRegistrations = pastRegistrations;
		this.attendance = attendance;
	}

	/**
	 * The held training's day, replayed before it is completed: sign-ups from seven weeks to a few days ahead,
	 * the door on its first morning (welcomed by the chapter's lead), then attendance and next steps.
	 */
	@Transactional
	void held(UUID trainingId, ZoneId zone, UUID welcomerId) {
		TrainingView training = trainings.training(trainingId);
		List<UUID> chapterTeams = teamsOf(training.chapter().id(), training.chapter().name());
		Instant opened = training.firstDay().minusWeeks(7).atTime(LocalTime.of(13, 0)).atZone(zone).toInstant();
		Instant lastCall = training.firstDay().minusDays(3).atTime(LocalTime.of(21, 0)).atZone(zone).toInstant();
		long step = (lastCall.toEpochMilli() - opened.toEpochMilli()) / HELD_SIGN_UPS;
		List<Registration> signedUp = new ArrayList<>();
		for (int i = 0; i < HELD_SIGN_UPS; i++) {
			SignUpDetails details = person(i, "held");
			signedUp.add(pastRegistrations.asOf(opened.plusMillis(step * i),
					then -> then.signUp(trainingId, details).registration()));
		}
		for (Registration cancelled : List.of(signedUp.get(5), signedUp.get(17), signedUp.get(29))) {
			pastRegistrations.asOf(lastCall, then -> {
				then.cancel(cancelled.id(), then.registration(cancelled.id()).version());
				return cancelled.id();
			});
		}

		Instant doorOpens = training.firstDay().atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
		List<Registration> coming = attendance.expected(trainingId);
		pastRegistrations.atTheDoorAsOf(doorOpens, door -> {
			coming.subList(0, coming.size() - HELD_NO_SHOWS).forEach(person -> door.checkIn(person.id(), welcomerId));
			door.walkIn(trainingId, new WalkIn("Rafael Santos", "rafael.santos@example.org", true), welcomerId);
			return door.walkIn(trainingId, new WalkIn("Mia Chen", "mia.chen@example.org", true), welcomerId);
		});

		List<AttendanceEntry> entries = new ArrayList<>();
		List<Registration> expected = attendance.expected(trainingId);
		for (int i = 0; i < expected.size(); i++) {
			Registration person = expected.get(i);
			boolean attended = person.checkedInAt() != null;
			NextStep choice = attended ? choice(i) : null;
			UUID team = choice == NextStep.TEAM ? chapterTeams.get(i % chapterTeams.size()) : null;
			entries.add(new AttendanceEntry(person.id(), attended, choice, team, person.version()));
		}
		attendance.record(trainingId, entries);
	}

	/**
	 * Teams for every chapter, and sign-ups for the upcoming open trainings, unless someone signed up for one
	 * already (the demo was seeded or tried out before).
	 */
	@Transactional
	void seedUnlessPresent() {
		List<TrainingSummary> upcoming = finder.find(TrainingFilter.any(), 1, 100)
			.trainings()
			.stream()
			.filter(training -> training.status() == TrainingStatus.SCHEDULED && training.open())
			.filter(training -> !training.lastDay().isBefore(trainings.today(training.zone())))
			.toList();
		Map<UUID, Seats> seats = registrations.seatsOf(upcoming.stream().map(TrainingSummary::id).toList());
		if (upcoming.isEmpty() || seats.values().stream().anyMatch(some -> some.taken() > 0 || some.waitlisted() > 0)) {
			return;
		}
		chapters.all().forEach(chapter -> teamsOf(chapter.id(), chapter.name()));
		for (TrainingSummary training : upcoming) {
			int capacity = registrations.seats(training.id()).capacity();
			int people = training.isCompressed() ? capacity + WAITING : capacity / 3;
			Locale language = Locale.forLanguageTag(training.language());
			for (int i = 0; i < people; i++) {
				registrations.signUp(training.id(), person(i, training.id().toString().substring(0, 8)), null,
						language);
			}
		}
	}

	/** The chapter's teams, made the first time: a team for newcomers to knock on doors, one to host, one online. */
	private List<UUID> teamsOf(UUID chapterId, String chapterName) {
		List<UUID> existing = teams.activeOf(chapterId).stream().map(Team::id).toList();
		if (!existing.isEmpty()) {
			return existing;
		}
		String contact = chapterName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
		return List.of(
				teams.create(chapterId, new TeamDetails("Outreach",
						"Door knocking and stalls on Saturday mornings: talking to neighbours about the campaign.",
						"Nia Okafor", "outreach." + contact + "@example.org")),
				teams.create(chapterId, new TeamDetails("Hosting",
						"Venues, food and the welcome table for trainings and actions.", "Tomás Rivera",
						"hosting." + contact + "@example.org")),
				teams.create(chapterId, new TeamDetails("Digital",
						"The chapter's sign-up pages, social media and phone banks.", "Grace Liu",
						"digital." + contact + "@example.org")));
	}

	/** Most attendees choose something on the day: teams above all; a few leave it open for the lead to ask. */
	private static NextStep choice(int index) {
		return switch (index % 7) {
			case 0, 1, 4 -> NextStep.TEAM;
			case 2 -> NextStep.DAY_OF_VOLUNTEER;
			case 3 -> NextStep.UPGRADE_TRAINING;
			case 5 -> NextStep.NOT_NOW;
			default -> null;
		};
	}

	/** The index-th newcomer of a batch: a name from the lists, an address unique to the batch. */
	private static SignUpDetails person(int index, String batch) {
		String first = FIRST_NAMES.get(index % FIRST_NAMES.size());
		String last = LAST_NAMES.get((index * 7 + batch.length()) % LAST_NAMES.size());
		String plain = Normalizer.normalize(first + "." + last, Normalizer.Form.NFD).replaceAll("[^A-Za-z.]", "");
		String email = plain.toLowerCase(Locale.ROOT) + "." + batch + "." + index + "@example.org";
		return new SignUpDetails(first + " " + last, email, index % 3 == 0 ? "" : "+1 617 555 " + (1000 + index),
				index % 11 == 4 ? "Step-free access, please" : "", HEARD_FROM.get(index % HEARD_FROM.size()), true);
	}

}
