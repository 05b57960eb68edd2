package org.liminal.participants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.liminal.chapters.Chapters;
import org.liminal.organizations.PublicLinks;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.PublicTraining;
import org.liminal.trainings.TrainingCapacityChanged;
import org.liminal.trainings.TrainingChangeRefused;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.Trainings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ups, the waitlist and cancellations. Every change to a training's registrations first locks that
 * training's seats row, so sign-ups for one training queue there (and nowhere else), arrive in order, and see the
 * seats as they are; the database's count of confirmed registrations refuses anything beyond capacity.
 */
@Service
public class Registrations {

	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	static final String COLUMNS = "id, training_id, arrival, name, email, phone, access_needs, heard_from, "
			+ "status, created_at, promoted_at, cancelled_at, private_token, checked_in_at, walk_in, attended, "
			+ "next_step, next_step_team_id, chapter_id, erased_at, version";

	/** Private tokens are 43 URL-safe characters (256 bits); anything else is not looked up at all. */
	private static final int MAX_TOKEN_LENGTH = 100;

	private final JdbcClient jdbc;

	private final TrainingFinder finder;

	private final Trainings trainings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Chapters chapters;

	private final SignUpMetrics metrics;

	Registrations(JdbcClient jdbc, TrainingFinder finder, Trainings trainings, ApplicationEventPublisher events,
			Clock clock, Chapters chapters, SignUpMetrics metrics) {
		this.chapters = chapters;
		this.metrics = metrics;
		this.jdbc = jdbc;
		this.finder = finder;
		this.trainings = trainings;
		this.events = events;
		this.clock = clock;
	}

	/** The same registrations, with the clock stopped at another moment: for replaying history. */
	Registrations at(Clock then, Trainings trainingsThen) {
		return new Registrations(jdbc, finder, trainingsThen, events, then, chapters, metrics);
	}

	/**
	 * Signs someone up: a seat while there is one, else a place on the waitlist. The same email a second time
	 * gets its existing registration back, never a second one.
	 */
	@Transactional
	public SignUp signUp(UUID trainingId, SignUpDetails details) {
		return signUp(trainingId, details, null);
	}

	/**
	 * Signs someone up who wants to be part of the given chapter (when it is not the training's own), in the
	 * language of the page they used (their letters come in it).
	 *
	 * @param chapterId their chapter, or {@code null} for the training's
	 * @param language the language of their sign-up, or {@code null} for the training's
	 */
	@Transactional
	public SignUp signUp(UUID trainingId, SignUpDetails details, UUID chapterId, Locale language) {
		refuseUnsound(details);
		TrainingSummary training = requireOpen(trainingId);
		return signUpOpen(trainingId, training.chapterId(), training.language(), details, chapterId, language);
	}

	/**
	 * Signs someone up from the training's public page, which has just read the training by its token: whether
	 * it is open is decided from that reading rather than from a second one (which would name the training's
	 * chapter and program all over again, for nothing, on every sign-up of a surge). Either reading comes before
	 * the seats are locked, so neither is more current than the other.
	 *
	 * @param chapterId their chapter, or {@code null} for the training's
	 * @param language the language of their sign-up, or {@code null} for the training's
	 */
	@Transactional
	public SignUp signUp(PublicTraining training, SignUpDetails details, UUID chapterId, Locale language) {
		refuseUnsound(details);
		if (training.status() != TrainingStatus.SCHEDULED || training.lastDay().isBefore(trainings.today(training.zone()))) {
			throw new ParticipantsChangeRefused(null, "signUp.error.closed");
		}
		return signUpOpen(training.id(), training.chapterId(), training.language(), details, chapterId, language);
	}

	private SignUp signUpOpen(UUID trainingId, UUID trainingChapterId, String trainingLanguage,
			SignUpDetails details, UUID chapterId, Locale language) {
		refuseUnknownChapter(chapterId, trainingChapterId);
		SeatCount seats = lockSeats(trainingId);
		Optional<Registration> existing = jdbc
			.sql("select " + COLUMNS + " from registration where training_id = ? and email = ? and status <> 'CANCELLED'")
			.params(trainingId, details.email())
			.query(Registrations::registration)
			.optional();
		if (existing.isPresent()) {
			events.publishEvent(new SignedUp(TenantContext.requireOrganizationId(), existing.get().id(), trainingId,
					true));
			return new SignUp(existing.get(), true, waitlistPosition(existing.get()));
		}
		RegistrationStatus status = seats.taken() < seats.capacity() ? RegistrationStatus.CONFIRMED
				: RegistrationStatus.WAITLISTED;
		UUID id = UUID.randomUUID();
		// The row as written (its arrival is the database's), without reading it again.
		Registration registration = jdbc.sql("""
				insert into registration (id, organization_id, training_id, name, email, phone, access_needs,
				                          heard_from, consent, status, created_at, private_token, chapter_id, language)
				values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?)
				returning\s""" + COLUMNS)
			.params(id, TenantContext.requireOrganizationId(), trainingId, details.name(), details.email(),
					details.phone(), details.accessNeeds(), details.heardFrom(), status.name(),
					Timestamp.from(clock.instant()), PublicLinks.newToken(),
					chapterId == null ? trainingChapterId : chapterId,
					language == null ? trainingLanguage : language.getLanguage())
			.query(Registrations::registration)
			.single();
		events.publishEvent(new SignedUp(TenantContext.requireOrganizationId(), id, trainingId, false));
		metrics.signedUp(status);
		return new SignUp(registration, false, waitlistPosition(registration));
	}

	/**
	 * Withdraws a registration. A freed seat goes at once to the first person waiting, who is announced with
	 * {@link RegistrationPromoted} (to be told by email).
	 */
	@Transactional
	public void cancel(UUID registrationId, long expectedVersion) {
		Registration registration = registration(registrationId);
		lockSeats(registration.trainingId());
		Instant now = clock.instant();
		int changed = jdbc.sql("""
				update registration set status = 'CANCELLED', cancelled_at = ?, version = version + 1
				where id = ? and version = ? and status <> 'CANCELLED'""")
			.params(Timestamp.from(now), registrationId, expectedVersion)
			.update();
		if (changed == 0) {
			throw new ParticipantsChangeRefused(null, "registration.error.conflict");
		}
		if (registration.isConfirmed()) {
			promoteFirstWaiting(registration.trainingId(), now);
		}
	}

	/**
	 * Changes what the participant told us (from their private page or by staff); the email stays, since it is
	 * who they are on this training.
	 */
	@Transactional
	public void update(UUID registrationId, SignUpDetails details, long expectedVersion) {
		Registration registration = registration(registrationId);
		refuseUnsound(new SignUpDetails(details.name(), registration.email(), details.phone(), details.accessNeeds(),
				details.heardFrom(), true));
		int changed = jdbc.sql("""
				update registration set name = ?, phone = ?, access_needs = ?, heard_from = ?, version = version + 1
				where id = ? and version = ? and status <> 'CANCELLED' and erased_at is null""")
			.params(details.name(), details.phone(), details.accessNeeds(), details.heardFrom(), registrationId,
					expectedVersion)
			.update();
		if (changed == 0) {
			throw new ParticipantsChangeRefused(null, "registration.error.conflict");
		}
	}

	/** The registration a private address leads to, in the current organization. */
	@Transactional(readOnly = true)
	public Optional<Registration> byPrivateToken(String token) {
		if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from registration where private_token = ? and erased_at is null")
			.param(token)
			.query(Registrations::registration)
			.optional();
	}

	/**
	 * Follows a change of the training's capacity: refused when fewer seats than people confirmed, and new seats
	 * go to the people waiting, first come first served. Runs inside the change's transaction.
	 */
	@EventListener
	void onCapacityChanged(TrainingCapacityChanged changed) {
		Optional<SeatCount> seats = lockedSeats(changed.trainingId());
		if (seats.isEmpty()) {
			return;
		}
		if (changed.capacity() < seats.get().taken()) {
			throw new TrainingChangeRefused("capacity", "training.error.capacityBelowConfirmed", seats.get().taken());
		}
		jdbc.sql("update training_seats set capacity = ? where training_id = ?")
			.params(changed.capacity(), changed.trainingId())
			.update();
		Instant now = clock.instant();
		for (int free = changed.capacity() - seats.get().taken(); free > 0; free--) {
			if (!promoteFirstWaiting(changed.trainingId(), now)) {
				break;
			}
		}
	}

	@Transactional(readOnly = true)
	public Registration registration(UUID registrationId) {
		return jdbc.sql("select " + COLUMNS + " from registration where id = ?")
			.param(registrationId)
			.query(Registrations::registration)
			.optional()
			.orElseThrow(RegistrationNotFound::new);
	}

	/** A training's registrations in arrival order, cancelled ones included. */
	@Transactional(readOnly = true)
	public List<Registration> ofTraining(UUID trainingId) {
		return jdbc.sql("select " + COLUMNS + " from registration where training_id = ? order by arrival")
			.param(trainingId)
			.query(Registrations::registration)
			.list();
	}

	/** The training's seats; its capacity before anyone signed up. */
	@Transactional(readOnly = true)
	public Seats seats(UUID trainingId) {
		return jdbc.sql("""
				select s.capacity, s.taken,
				       (select count(*) from registration r where r.training_id = s.training_id
				          and r.status = 'WAITLISTED') as waitlisted
				from training_seats s where s.training_id = ?""")
			.param(trainingId)
			.query((row, number) -> new Seats(row.getInt("capacity"), row.getInt("taken"), row.getInt("waitlisted")))
			.optional()
			.orElseGet(() -> new Seats(trainings.training(trainingId).details().capacity(), 0, 0));
	}

	/** 1 for the first person waiting; 0 for anyone not waiting. */
	@Transactional(readOnly = true)
	public int waitlistPosition(Registration registration) {
		if (!registration.isWaitlisted()) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from registration
				where training_id = ? and status = 'WAITLISTED' and arrival <= ?""")
			.params(registration.trainingId(), registration.arrival())
			.query(Integer.class)
			.single();
	}

	private boolean promoteFirstWaiting(UUID trainingId, Instant now) {
		Optional<UUID> promoted = jdbc.sql("""
				update registration set status = 'CONFIRMED', promoted_at = ?, version = version + 1
				where id = (select id from registration where training_id = ? and status = 'WAITLISTED'
				            order by arrival limit 1)
				returning id""")
			.params(Timestamp.from(now), trainingId)
			.query(UUID.class)
			.optional();
		promoted.ifPresent(id -> events.publishEvent(
				new RegistrationPromoted(TenantContext.requireOrganizationId(), id, trainingId)));
		return promoted.isPresent();
	}

	/**
	 * Locks the training's seats row for the rest of the transaction, creating it with the training's capacity on
	 * the first sign-up.
	 */
	private SeatCount lockSeats(UUID trainingId) {
		Optional<SeatCount> seats = lockedSeats(trainingId);
		if (seats.isPresent()) {
			return seats.get();
		}
		int capacity = trainings.training(trainingId).details().capacity();
		jdbc.sql("""
				insert into training_seats (organization_id, training_id, capacity) values (?, ?, ?)
				on conflict (training_id) do nothing""")
			.params(TenantContext.requireOrganizationId(), trainingId, capacity)
			.update();
		return lockedSeats(trainingId).orElseThrow(TrainingNotFound::new);
	}

	private Optional<SeatCount> lockedSeats(UUID trainingId) {
		return jdbc.sql("select capacity, taken from training_seats where training_id = ? for update")
			.param(trainingId)
			.query((row, number) -> new SeatCount(row.getInt("capacity"), row.getInt("taken")))
			.optional();
	}

	/** Sign-ups are open for scheduled trainings until their last day. */
	private TrainingSummary requireOpen(UUID trainingId) {
		TrainingSummary training = finder.summaries(List.of(trainingId)).get(trainingId);
		if (training == null) {
			throw new TrainingNotFound();
		}
		LocalDate today = trainings.today(training.zone());
		if (training.status() != TrainingStatus.SCHEDULED || training.lastDay().isBefore(today)) {
			throw new ParticipantsChangeRefused(null, "signUp.error.closed");
		}
		return training;
	}

	private static void refuseUnsound(SignUpDetails details) {
		if (details.name().isEmpty()) {
			throw new ParticipantsChangeRefused("name", "signUp.error.nameMissing");
		}
		refuseLonger("name", details.name(), SignUpDetails.MAX_NAME);
		if (details.email().length() > SignUpDetails.MAX_EMAIL || !EMAIL.matcher(details.email()).matches()) {
			throw new ParticipantsChangeRefused("email", "signUp.error.email");
		}
		refuseLonger("phone", details.phone(), SignUpDetails.MAX_PHONE);
		refuseLonger("accessNeeds", details.accessNeeds(), SignUpDetails.MAX_ACCESS_NEEDS);
		refuseLonger("heardFrom", details.heardFrom(), SignUpDetails.MAX_HEARD_FROM);
		if (!details.consent()) {
			throw new ParticipantsChangeRefused("consent", "signUp.error.consent");
		}
	}

	private static void refuseLonger(String field, String text, int limit) {
		if (text.length() > limit) {
			throw new ParticipantsChangeRefused(field, "signUp.error.tooLong", limit);
		}
	}

	/** Reads a row selected with {@link #COLUMNS}. */
	static Registration registration(ResultSet row, int number) throws SQLException {
		String nextStep = row.getString("next_step");
		return new Registration(row.getObject("id", UUID.class), row.getObject("training_id", UUID.class),
				row.getLong("arrival"), row.getString("name"), row.getString("email"), row.getString("phone"),
				row.getString("access_needs"), row.getString("heard_from"),
				RegistrationStatus.valueOf(row.getString("status")), instant(row, "created_at"),
				instant(row, "promoted_at"), instant(row, "cancelled_at"), row.getString("private_token"),
				instant(row, "checked_in_at"), row.getBoolean("walk_in"), row.getObject("attended", Boolean.class),
				nextStep == null ? null : NextStep.valueOf(nextStep), row.getObject("next_step_team_id", UUID.class),
				row.getObject("chapter_id", UUID.class), instant(row, "erased_at"), row.getLong("version"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The seats row as locked. */
	private record SeatCount(int capacity, int taken) {
	}

	/**
	 * Locks the seats rows of several trainings, always in the same order (by training id), so that two changes
	 * touching the same two trainings from opposite ends queue one behind the other instead of deadlocking.
	 */
	void lockSeatsInOrder(Collection<UUID> trainingIds) {
		trainingIds.stream().distinct().sorted().forEach(this::lockSeats);
	}

	/** Signs someone up who wants to be part of the given chapter, in the training's language. */
	@Transactional
	public SignUp signUp(UUID trainingId, SignUpDetails details, UUID chapterId) {
		return signUp(trainingId, details, chapterId, null);
	}

	/**
	 * Changes what the participant told us, their chapter included (from their private page); the email stays.
	 *
	 * @param chapterId the chapter they want to be part of: an active one, or the one they had
	 */
	@Transactional
	public void update(UUID registrationId, SignUpDetails details, UUID chapterId, long expectedVersion) {
		Registration registration = registration(registrationId);
		refuseUnsound(new SignUpDetails(details.name(), registration.email(), details.phone(), details.accessNeeds(),
				details.heardFrom(), true));
		if (chapterId == null) {
			throw new ParticipantsChangeRefused("chapterId", "signUp.error.chapter");
		}
		refuseUnknownChapter(chapterId, registration.chapterId());
		int changed = jdbc.sql("""
				update registration set name = ?, phone = ?, access_needs = ?, heard_from = ?, chapter_id = ?,
				    version = version + 1
				where id = ? and version = ? and status <> 'CANCELLED' and erased_at is null""")
			.params(details.name(), details.phone(), details.accessNeeds(), details.heardFrom(), chapterId,
					registrationId, expectedVersion)
			.update();
		if (changed == 0) {
			throw new ParticipantsChangeRefused(null, "registration.error.conflict");
		}
	}

	/**
	 * The seats of several trainings in one statement, for lists. Trainings nobody signed up for yet have no
	 * entry: their seats are all free.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Seats> seatsOf(Collection<UUID> trainingIds) {
		Map<UUID, Seats> seats = new HashMap<>();
		if (trainingIds.isEmpty()) {
			return seats;
		}
		jdbc.sql("""
				select s.training_id, s.capacity, s.taken,
				       (select count(*) from registration r where r.training_id = s.training_id
				          and r.status = 'WAITLISTED') as waitlisted
				from training_seats s where s.training_id = any(?)""")
			.param(trainingIds.toArray(UUID[]::new))
			.query((row, number) -> seats.put(row.getObject("training_id", UUID.class),
					new Seats(row.getInt("capacity"), row.getInt("taken"), row.getInt("waitlisted"))))
			.list();
		return seats;
	}

	/** A chapter other than the one already given must be one of the organization's active chapters. */
	private void refuseUnknownChapter(UUID chapterId, UUID given) {
		if (chapterId != null && !chapterId.equals(given)
				&& chapters.names().stream().noneMatch(chapter -> chapter.id().equals(chapterId) && chapter.active())) {
			throw new ParticipantsChangeRefused("chapterId", "signUp.error.chapter");
		}
	}

}
