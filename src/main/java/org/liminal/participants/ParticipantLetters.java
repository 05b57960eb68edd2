package org.liminal.participants;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liminal.notifications.Letter;
import org.liminal.notifications.LetterAttachment;
import org.liminal.notifications.LetterKind;
import org.liminal.notifications.Outbox;
import org.liminal.organizations.Organizations;
import org.liminal.organizations.TenantContext;
import org.liminal.preparation.ParticipantRemindersDue;
import org.liminal.trainings.CalendarFile;
import org.liminal.trainings.PublicTraining;
import org.liminal.trainings.PublicTrainings;
import org.liminal.trainings.TrainingStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The letters participants get, in the language they signed up in: the confirmation (with the training's
 * calendar when they have a seat), their private link again when they sign up a second time, the news that a
 * seat freed up for them, and reminders a week and a day ahead. Each is written after the change it tells of has
 * committed, apart from it (the sign-up holds the training's seats lock: no template is rendered there), and the
 * event publication registry keeps the event until the letter is queued. Dedupe keys per registration make a
 * redelivered event send nothing twice. Erased or cancelled registrations get nothing.
 * <p>
 * People on the waitlist get no reminder a week ahead; the day before, a short note tells them they are still
 * waiting (and where to leave the waitlist), so that they can plan their day rather than wonder.
 */
@Component
class ParticipantLetters {

	private static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private static final Set<String> LANGUAGES = Set.of("en", "es");

	/** The hour a "link again" letter is deduplicated within: at most one per registration and hour. */
	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH")
		.withZone(ZoneOffset.UTC);

	private final Registrations registrations;

	private final PublicTrainings trainings;

	private final Organizations organizations;

	private final Outbox outbox;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final String baseUrl;

	ParticipantLetters(Registrations registrations, PublicTrainings trainings, Organizations organizations,
			Outbox outbox, MessageSource messages, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${liminal.base-url}") String baseUrl) {
		this.registrations = registrations;
		this.trainings = trainings;
		this.organizations = organizations;
		this.outbox = outbox;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.baseUrl = baseUrl;
	}

	// The listeners open no transaction of their own: the tenant is set on a connection when it is taken, so each
	// works in a transaction begun once it runs as the event's organization.

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SignedUp event) {
		asOrganization(event.organizationId(), () -> {
			if (event.again()) {
				sendLinkAgain(event.registrationId());
			}
			else {
				confirm(event.registrationId());
			}
		});
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RegistrationPromoted event) {
		asOrganization(event.organizationId(), () -> announcePromotion(event.registrationId()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ParticipantRemindersDue event) {
		asOrganization(event.organizationId(), () -> remind(event));
	}

	private void asOrganization(UUID organizationId, Runnable work) {
		TenantContext.runAsOrganization(organizationId, () -> ownTransaction.executeWithoutResult(status -> work.run()));
	}

	private void confirm(UUID registrationId) {
		mailable(registrationId).ifPresent(letter -> {
			Optional<PublicTraining> movedFrom = movedFrom(registrationId);
			movedFrom.ifPresent(from -> letter.model().put("movedFrom", from));
			String subject = movedFrom.isPresent() ? "mail.participants.moved.subject"
					: letter.registration().isConfirmed() ? "mail.participants.confirmed.subject"
							: "mail.participants.waitlisted.subject";
			post(letter, "participants/confirmation", subject, "participant-confirmation:" + registrationId,
					letter.registration().isConfirmed());
		});
	}

	private void sendLinkAgain(UUID registrationId) {
		mailable(registrationId).ifPresent(letter -> post(letter, "participants/link", "mail.participants.link.subject",
				"participant-link:" + registrationId + ":" + HOUR.format(clock.instant()), false));
	}

	private void announcePromotion(UUID registrationId) {
		mailable(registrationId).filter(letter -> letter.registration().isConfirmed())
			.ifPresent(letter -> post(letter, "participants/promoted", "mail.participants.promoted.subject",
					"participant-promoted:" + registrationId + ":" + Optional.ofNullable(letter.registration().promotedAt())
						.map(Instant::toEpochMilli)
						.orElse(0L),
					true));
	}

	private void remind(ParticipantRemindersDue event) {
		Optional<PublicTraining> training = trainings.one(event.trainingId());
		// A redelivered announcement may find the training moved or called off since: then it reminds nobody.
		if (training.isEmpty() || training.get().status() != TrainingStatus.SCHEDULED
				|| !training.get().firstDay().equals(event.firstDay())) {
			return;
		}
		Sender sender = sender(training.get());
		Map<UUID, String> languages = new HashMap<>();
		jdbc.sql("select id, coalesce(language, '') as language from registration where training_id = ?")
			.param(event.trainingId())
			.query((row, number) -> languages.put(row.getObject("id", UUID.class), row.getString("language")))
			.list();
		// In arrival order: each person waiting is told their place without a query per person.
		int waitingAhead = 0;
		for (Registration registration : registrations.ofTraining(event.trainingId())) {
			int place = registration.isWaitlisted() ? ++waitingAhead : 0;
			boolean waiting = registration.isWaitlisted() && event.daysBefore() == 1;
			if (registration.erasedAt() != null || !(registration.isConfirmed() || waiting)) {
				continue;
			}
			ParticipantLetter letter = letter(registration, training.get(), sender,
					languages.getOrDefault(registration.id(), ""), place);
			letter.model().put("daysBefore", event.daysBefore());
			String key = "participant-reminder:" + registration.id() + ":" + event.firstDay() + ":"
					+ event.daysBefore();
			if (waiting) {
				post(letter, "participants/waitlist-reminder", "mail.participants.waitlistReminder.subject", key,
						false, LetterKind.PARTICIPANT_REMINDER);
			}
			else {
				post(letter, "participants/reminder", "mail.participants.reminder.subject", key, false,
						LetterKind.PARTICIPANT_REMINDER);
			}
		}
	}

	/** The registration and what its letters show, unless it is gone, erased or cancelled. */
	private Optional<ParticipantLetter> mailable(UUID registrationId) {
		// Held until the letter is queued: an erasure meanwhile waits, then forgets the letter with the rest.
		jdbc.sql("select 1 from registration where id = ? for share").param(registrationId).query().listOfRows();
		Registration registration;
		try {
			registration = registrations.registration(registrationId);
		}
		catch (RegistrationNotFound ex) {
			return Optional.empty();
		}
		if (registration.erasedAt() != null || registration.isCancelled()) {
			return Optional.empty();
		}
		return trainings.one(registration.trainingId())
			.map(training -> letter(registration, training, sender(training), language(registration),
					registrations.waitlistPosition(registration)));
	}

	/** The training staff moved the registration from, if they did. */
	private Optional<PublicTraining> movedFrom(UUID registrationId) {
		return jdbc.sql("""
				select f.training_id from registration r join registration f on f.id = r.moved_from where r.id = ?""")
			.param(registrationId)
			.query(UUID.class)
			.optional()
			.flatMap(trainings::one);
	}

	/** What every letter about the training needs, read once however many people it goes to. */
	private Sender sender(PublicTraining training) {
		String slug = organizations.findById(TenantContext.requireOrganizationId()).orElseThrow().slug();
		return new Sender(baseUrl + "/" + slug, training.online() ? trainings.onlineLink(training.id()) : "");
	}

	/**
	 * @param language the language the person signed up in, empty when unknown: then the training's; letters exist
	 *        in English and Spanish, anything else is English
	 * @param waitlistPosition their place on the waitlist, 0 when they are not waiting
	 */
	private ParticipantLetter letter(Registration registration, PublicTraining training, Sender sender,
			String language, int waitlistPosition) {
		String chosen = language.isEmpty() ? training.language() : language;
		Locale locale = LANGUAGES.contains(chosen) ? Locale.forLanguageTag(chosen) : Locale.ENGLISH;
		String path = "/join/registrations/" + registration.privateToken();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", registration.name());
		model.put("registration", registration);
		model.put("training", training);
		model.put("waitlistPosition", waitlistPosition);
		// The video-call link is for those with a seat only.
		model.put("onlineLink", registration.isConfirmed() ? sender.onlineLink() : "");
		model.put("path", path);
		return new ParticipantLetter(registration, training, locale, sender.organizationUrl() + path, model);
	}

	private void post(ParticipantLetter letter, String template, String subjectKey, String dedupeKey,
			boolean withCalendar) {
		post(letter, template, subjectKey, dedupeKey, withCalendar, LetterKind.TRANSACTIONAL);
	}

	private void post(ParticipantLetter letter, String template, String subjectKey, String dedupeKey,
			boolean withCalendar, LetterKind kind) {
		List<LetterAttachment> attachments = withCalendar ? List.of(calendar(letter)) : List.of();
		outbox.post(new Letter(TenantContext.requireOrganizationId(), null, letter.registration().email(),
				letter.locale(), kind, template, subjectKey, List.of(letter.training().programName()),
				letter.model(), dedupeKey, attachments));
	}

	/** The training's days for the participant's calendar: the place, or the video-call link they may have. */
	private LetterAttachment calendar(ParticipantLetter letter) {
		PublicTraining training = letter.training();
		Locale locale = letter.locale();
		String onlineLink = (String) letter.model().get("onlineLink");
		String location = training.isInPerson() ? training.address() : onlineLink;
		String description = String.join("\n",
				messages.getMessage("mail.participants.calendar.description",
						new Object[] { training.chapterName(), training.languageName(locale) }, locale),
				onlineLink.isEmpty() || !training.isInPerson() ? ""
						: messages.getMessage("mail.participants.onlineLink", new Object[] { onlineLink }, locale),
				messages.getMessage("mail.participants.calendar.page", new Object[] { letter.privateUrl() }, locale))
			.replace("\n\n", "\n");
		CalendarFile file = trainings.calendar(training,
				messages.getMessage("mail.participants.calendar.summary",
						new Object[] { training.programName(), training.chapterName() }, locale),
				location, letter.privateUrl(), description);
		return new LetterAttachment(file.fileName(), CALENDAR_TYPE, file.content().getBytes(StandardCharsets.UTF_8));
	}

	private String language(Registration registration) {
		return jdbc.sql("select coalesce(language, '') from registration where id = ?")
			.param(registration.id())
			.query(String.class)
			.single();
	}

	/** The organization's address and the training's video-call link (empty when it runs in person). */
	private record Sender(String organizationUrl, String onlineLink) {
	}

	private record ParticipantLetter(Registration registration, PublicTraining training, Locale locale,
			String privateUrl, Map<String, Object> model) {
	}

}
