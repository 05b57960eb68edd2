package org.liminal.trainings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterName;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.TenantContext;
import org.liminal.shared.RecordRows;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling, staffing and the lifecycle of the organization's trainings (the one in the tenant context).
 * Who may change which training (organizers, or leads of its chapter) is decided by the pages before they
 * call in; every rule about the training itself is enforced here.
 */
@Service
public class Trainings {

	private final TrainingRepository trainings;

	private final Chapters chapters;

	private final Programs programs;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	// Looked up when a training completes: the module that records attendance depends on this one.
	private final ObjectProvider<AttendanceRecords> attendance;

	Trainings(TrainingRepository trainings, Chapters chapters, Programs programs, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<AttendanceRecords> attendance) {
		this.trainings = trainings;
		this.chapters = chapters;
		this.programs = programs;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.attendance = attendance;
	}

	/** The same trainings, with the clock stopped at another moment: for replaying history. */
	Trainings at(Clock then) {
		return new Trainings(trainings, chapters, programs, jdbc, events, then, attendance);
	}

	/** The chapter's date today, which every lead time is counted from. */
	public LocalDate today(ZoneId zone) {
		return LocalDate.now(clock.withZone(zone));
	}

	/**
	 * The earliest of the chapters' todays (UTC's when there are none): what is still on today in some chapter is
	 * never left out of what starts from it.
	 */
	public LocalDate earliestToday(Collection<ChapterName> chapters) {
		return chapters.stream()
			.map(chapter -> today(chapter.zone()))
			.min(Comparator.naturalOrder())
			.orElseGet(() -> today(ZoneOffset.UTC));
	}

	/** Creates a draft training of a published program version in an active chapter. */
	@Transactional
	public UUID create(UUID chapterId, UUID versionId, Dates dates, TrainingDetails details) {
		return create(chapterId, versionId, dates, details, false);
	}

	/** Creates a training, and schedules it at once when asked: both happen or neither. */
	@Transactional
	public UUID create(UUID chapterId, UUID versionId, Dates dates, TrainingDetails details, boolean schedule) {
		ChapterView chapter = chapters.chapter(chapterId);
		if (!chapter.active()) {
			throw new TrainingChangeRefused("chapterId", "training.error.chapterInactive");
		}
		CurriculumView version = programs.version(versionId)
			.orElseThrow(() -> new TrainingChangeRefused("versionId", "training.error.noSuchVersion"));
		refusePast(chapter, dates);
		refuseBadDetails(version, details);
		Training training = trainings.save(new Training(chapterId, version.programId(), versionId, version.number(),
				StaffingPlan.days(version, dates, chapter.zone()), details, clock.instant()));
		if (schedule) {
			schedule(training, chapter);
		}
		return training.id();
	}

	/** Changes place, audience and notes; for a draft also its dates (a scheduled one is rescheduled). */
	@Transactional
	public void change(UUID trainingId, Optional<Dates> dates, TrainingDetails details, long expectedVersion) {
		Training training = current(trainingId, expectedVersion);
		CurriculumView version = pinnedVersion(training);
		refuseBadDetails(version, details);
		int previousCapacity = training.details().capacity();
		training.changeDetails(details);
		if (previousCapacity != details.capacity()) {
			events.publishEvent(new TrainingCapacityChanged(organization(), training.id(), previousCapacity,
					details.capacity()));
		}
		if (dates.isPresent()) {
			if (training.status() != TrainingStatus.DRAFT) {
				throw new TrainingChangeRefused(null, "training.error.rescheduleInstead");
			}
			ChapterView chapter = chapters.chapter(training.chapterId());
			refusePast(chapter, dates.get());
			training.changeDays(StaffingPlan.days(version, dates.get(), chapter.zone()));
		}
	}

	/** Announces a draft: its preparation starts, calendars show it, other modules are told. */
	@Transactional
	public void schedule(UUID trainingId, long expectedVersion) {
		Training training = current(trainingId, expectedVersion);
		schedule(training, chapters.chapter(training.chapterId()));
	}

	private void schedule(Training training, ChapterView chapter) {
		LeadTime leadTime = new LeadTime(today(chapter.zone()), training.firstDay());
		if (leadTime.isPast()) {
			throw new TrainingChangeRefused("firstDay", "training.error.past");
		}
		training.schedule(leadTime, clock.instant());
		events.publishEvent(new TrainingScheduled(organization(), training.id(), chapter.id(),
				training.programVersionId(), training.dates(), chapter.zone(), leadTime.isCompressed(),
				leadTime.today()));
		training.team().forEach((seat, accountId) -> events.publishEvent(
				new StaffAssigned(organization(), training.id(), chapter.id(), accountId, seat, training.dates(),
						chapter.zone())));
	}

	/** Moves a training to new dates or start times, keeping its team and everything else. */
	@Transactional
	public void reschedule(UUID trainingId, Dates dates, long expectedVersion) {
		Training training = current(trainingId, expectedVersion);
		ChapterView chapter = chapters.chapter(training.chapterId());
		refusePast(chapter, dates);
		List<TrainingDay> before = training.days();
		List<LocalDate> previousDates = training.dates();
		training.changeDays(StaffingPlan.days(pinnedVersion(training), dates, chapter.zone()));
		if (before.equals(training.days())) {
			return;
		}
		training.rescheduled(new LeadTime(today(chapter.zone()), dates.firstDay()));
		if (training.status() == TrainingStatus.SCHEDULED) {
			events.publishEvent(new TrainingRescheduled(organization(), training.id(), chapter.id(), previousDates,
					training.dates(), chapter.zone(), today(chapter.zone())));
		}
	}

	@Transactional
	public void cancel(UUID trainingId, String reason, long expectedVersion) {
		Training training = current(trainingId, expectedVersion);
		training.cancel(reason);
		ChapterView chapter = chapters.chapter(training.chapterId());
		events.publishEvent(new TrainingCancelled(organization(), training.id(), chapter.id(), training.dates(),
				chapter.zone(), training.cancelReason()));
	}

	/** Records that a training was held; possible from its first day on. */
	@Transactional
	public void complete(UUID trainingId, long expectedVersion) {
		Training training = current(trainingId, expectedVersion);
		ChapterView chapter = chapters.chapter(training.chapterId());
		training.complete(today(chapter.zone()));
		List<Attendee> attendees = attendance.orderedStream()
			.flatMap(records -> records.attendeesOf(training.id()).stream())
			.toList();
		events.publishEvent(new TrainingCompleted(organization(), training.id(), chapter.id(), training.dates(),
				chapter.zone(), attendees));
	}

	/** Deletes a draft that will not happen; scheduled trainings are cancelled instead. */
	@Transactional
	public void discard(UUID trainingId, long expectedVersion) {
		Training training = current(trainingId, expectedVersion);
		if (training.status() != TrainingStatus.DRAFT) {
			throw new TrainingChangeRefused(null, "training.error.cancelInstead");
		}
		trainings.delete(training);
	}

	/**
	 * Moves an upcoming training to a newer published version of its program. Seats the new version still
	 * has (same module key and seat number, same day-of role) keep their holders; the others are freed and
	 * listed.
	 */
	@Transactional
	public VersionMove moveToVersion(UUID trainingId, UUID targetVersionId, long expectedVersion) {
		Training training = current(trainingId, expectedVersion);
		ChapterView chapter = chapters.chapter(training.chapterId());
		VersionMapping mapping = mapping(training, chapter, targetVersionId);
		UUID previousVersionId = training.programVersionId();
		training.moveToVersion(mapping.to().versionId(), mapping.to().number(), mapping.days());
		publishTeamChanges(training, chapter, training.staff(mapping.kept()));
		if (training.status() == TrainingStatus.SCHEDULED) {
			events.publishEvent(new TrainingMovedToVersion(organization(), training.id(), chapter.id(),
					previousVersionId, mapping.to().versionId(), training.dates(), chapter.zone(),
					today(chapter.zone())));
		}
		return mapping.move();
	}

	/** What {@link #moveToVersion} would do, without doing it. */
	@Transactional(readOnly = true)
	public VersionMove previewMove(UUID trainingId, UUID targetVersionId) {
		Training training = trainings.findWhole(trainingId).orElseThrow(TrainingNotFound::new);
		return mapping(training, chapters.chapter(training.chapterId()), targetVersionId).move();
	}

	private VersionMapping mapping(Training training, ChapterView chapter, UUID targetVersionId) {
		CurriculumView from = pinnedVersion(training);
		CurriculumView to = programs.version(targetVersionId)
			.filter(version -> version.programId().equals(training.programId()))
			.filter(version -> version.number() > training.versionNumber())
			.orElseThrow(() -> new TrainingChangeRefused("versionId", "training.error.notNewer"));
		if (!training.status().isOpen() || !training.firstDay().isAfter(today(chapter.zone()))) {
			throw new TrainingChangeRefused(null, "training.error.alreadyStarted");
		}
		List<TrainingDay> newDays = StaffingPlan.days(to, new Dates(training.firstDay(), startTimes(training, to)),
				chapter.zone());
		StaffingPlan oldPlan = StaffingPlan.of(from, training.days());
		StaffingPlan newPlan = StaffingPlan.of(to, newDays);
		Map<UUID, Person> people = people();
		Map<Seat, UUID> kept = new LinkedHashMap<>();
		List<StaffedSeat> unmapped = new ArrayList<>();
		training.team().forEach((seat, accountId) -> {
			if (newPlan.has(seat)) {
				kept.put(seat, accountId);
			}
			else {
				unmapped.add(new StaffedSeat(oldPlan.seat(seat).orElseThrow(), people.get(accountId)));
			}
		});
		return new VersionMapping(to, newDays, kept,
				new VersionMove(training.versionNumber(), to.number(), unmapped));
	}

	private record VersionMapping(CurriculumView to, List<TrainingDay> days, Map<Seat, UUID> kept, VersionMove move) {
	}

	/**
	 * Sets the whole team at once. Every seat must exist in the pinned version, lead trainers and module
	 * trainers must be trainers, the coach a coach; nobody may hold two seats at the same time.
	 */
	@Transactional
	public void staff(UUID trainingId, Map<Seat, UUID> team, long expectedVersion) {
		Training training = current(trainingId, expectedVersion);
		StaffingPlan plan = StaffingPlan.of(pinnedVersion(training), training.days());
		Map<UUID, Person> people = people();
		team.forEach((seat, accountId) -> {
			if (!plan.has(seat)) {
				throw new TrainingChangeRefused(null, "training.error.noSuchSeat");
			}
			Person person = people.get(accountId);
			if (person == null || !eligible(person, seat.post())) {
				throw new TrainingChangeRefused(seat.code(), "training.error.notEligible." + seat.post().name(),
						person == null ? "?" : person.name());
			}
		});
		List<Clash> clashes = plan.clashes(team)
			.stream()
			.map(pair -> new Clash(people.get(team.get(pair.get(0).seat())), pair.get(0), pair.get(1)))
			.toList();
		if (!clashes.isEmpty()) {
			throw new StaffingRefused(clashes);
		}
		publishTeamChanges(training, chapters.chapter(training.chapterId()), training.staff(team));
	}

	/** Who may hold a seat of the given post: trainers present, coaches coach, any member takes a day-of role. */
	public static boolean eligible(Person person, Post post) {
		return switch (post) {
			case LEAD_TRAINER, MODULE -> person.has(OrganizationRole.TRAINER);
			case COACH -> person.has(OrganizationRole.COACH);
			case DAY_OF_ROLE -> true;
		};
	}

	@Transactional(readOnly = true)
	public UUID chapterOf(UUID trainingId) {
		return trainings.findById(trainingId).map(Training::chapterId).orElseThrow(TrainingNotFound::new);
	}

	/** The training page: everything about one training, its team by name and its double bookings. */
	@Transactional(readOnly = true)
	public TrainingView training(UUID trainingId) {
		Training training = trainings.findWhole(trainingId).orElseThrow(TrainingNotFound::new);
		ChapterView chapter = chapters.chapter(training.chapterId());
		CurriculumView version = pinnedVersion(training);
		Map<UUID, Person> people = people();
		Map<Seat, UUID> team = training.team();
		List<StaffedSeat> seats = StaffingPlan.of(version, training.days())
			.seats()
			.stream()
			.map(seat -> new StaffedSeat(seat, Optional.ofNullable(team.get(seat.seat())).map(people::get).orElse(null)))
			.toList();
		int latest = programs.list(false)
			.stream()
			.filter(program -> program.programId().equals(training.programId()))
			.map(ProgramSummary::latestNumber)
			.findFirst()
			.orElse(training.versionNumber());
		return new TrainingView(training.id(), training.status(), chapter, training.programId(), version.name(),
				training.programVersionId(), training.versionNumber(), latest, training.days(), training.details(),
				new LeadTime(today(chapter.zone()), training.firstDay()), training.leadDays(), training.cancelReason(),
				seats, doubleBookings(training, people), training.version());
	}

	/** The staffing plan of the training's pinned version, with the people who may take each kind of seat. */
	@Transactional(readOnly = true)
	public StaffingPlan staffingPlan(UUID trainingId) {
		Training training = trainings.findWhole(trainingId).orElseThrow(TrainingNotFound::new);
		return StaffingPlan.of(pinnedVersion(training), training.days());
	}

	private List<DoubleBooking> doubleBookings(Training training, Map<UUID, Person> people) {
		if (training.team().isEmpty() || !training.status().isOpen()) {
			return List.of();
		}
		List<UUID> staff = training.team().values().stream().distinct().toList();
		record Booking(UUID accountId, LocalDate date, UUID trainingId, UUID programId, UUID chapterId) {
		}
		List<Booking> bookings = jdbc.sql("""
				select distinct a.account_id, d.date, t.id as training_id, t.program_id, t.chapter_id
				from training_assignment a
				join training t on t.id = a.training_id
				join training_day d on d.training_id = t.id
				where a.account_id in (:staff) and t.id <> :training and t.status in ('DRAFT', 'SCHEDULED')
				  and d.date in (:dates)
				order by d.date""")
			.param("staff", staff)
			.param("training", training.id())
			.param("dates", training.dates())
			.query(RecordRows.of(Booking.class))
			.list();
		if (bookings.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> programNames = programNames();
		Map<UUID, String> chapterNames = chapters.all()
			.stream()
			.collect(Collectors.toMap(ChapterView::id, ChapterView::name));
		return bookings.stream()
			.map(booking -> new DoubleBooking(people.get(booking.accountId()), booking.date(), booking.trainingId(),
					programNames.getOrDefault(booking.programId(), ""), chapterNames.get(booking.chapterId())))
			.toList();
	}

	private Map<UUID, String> programNames() {
		return programs.list(false)
			.stream()
			.collect(Collectors.toMap(ProgramSummary::programId, ProgramSummary::name));
	}

	private Map<UUID, Person> people() {
		return chapters.people().stream().collect(Collectors.toMap(Person::accountId, Function.identity()));
	}

	private void publishTeamChanges(Training training, ChapterView chapter, Map<Seat, Optional<UUID>> changed) {
		Map<Seat, UUID> team = training.team();
		changed.forEach((seat, previous) -> {
			previous.ifPresent(accountId -> events.publishEvent(new StaffUnassigned(organization(), training.id(),
					chapter.id(), accountId, seat, training.dates(), chapter.zone())));
			if (team.containsKey(seat)) {
				events.publishEvent(new StaffAssigned(organization(), training.id(), chapter.id(), team.get(seat), seat,
						training.dates(), chapter.zone()));
			}
		});
	}

	private static List<java.time.LocalTime> startTimes(Training training, CurriculumView version) {
		List<java.time.LocalTime> times = new ArrayList<>();
		List<TrainingDay> days = training.days();
		for (int i = 0; i < version.details().lengthDays(); i++) {
			times.add(i < days.size() ? days.get(i).startsAt() : version.agenda().get(i).startsAt());
		}
		return times;
	}

	private Training current(UUID trainingId, long expectedVersion) {
		Training training = trainings.findWhole(trainingId).orElseThrow(TrainingNotFound::new);
		if (training.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Training " + trainingId + " changed meanwhile");
		}
		return training;
	}

	private CurriculumView pinnedVersion(Training training) {
		return programs.version(training.programVersionId()).orElseThrow(TrainingNotFound::new);
	}

	private void refusePast(ChapterView chapter, Dates dates) {
		if (new LeadTime(today(chapter.zone()), dates.firstDay()).isPast()) {
			throw new TrainingChangeRefused("firstDay", "training.error.past");
		}
	}

	private static void refuseBadDetails(CurriculumView version, TrainingDetails details) {
		if (!details.isInPerson() && !details.isOnline()) {
			throw new TrainingChangeRefused("address", "training.error.noPlace");
		}
		if (details.isOnline() && !details.onlineLink().matches("https?://\\S+")) {
			throw new TrainingChangeRefused("onlineLink", "training.error.onlineLink");
		}
		if (!version.details().languages().contains(details.language())) {
			throw new TrainingChangeRefused("language", "training.error.language");
		}
		if (details.capacity() < 1 || details.capacity() > 10_000) {
			throw new TrainingChangeRefused("capacity", "training.error.capacity");
		}
	}

	private static UUID organization() {
		return TenantContext.requireOrganizationId();
	}

}
