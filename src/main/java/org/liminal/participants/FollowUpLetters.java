package org.liminal.participants;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.liminal.chapters.Person;
import org.liminal.notifications.Letter;
import org.liminal.notifications.LetterKind;
import org.liminal.notifications.Outbox;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingView;
import org.springframework.stereotype.Component;

/**
 * The letter after a training that tells an attendee what happens with the next step they chose, in the training's
 * language (participants have no account to hold one). Joining a team introduces its contact, who is told of the
 * newcomer too; volunteering on the day or an upgrade training names the chapter's leads (or the organization when
 * it has none); "not now" is a thank-you. Each is queued once per registration and choice, and never to someone
 * whose data was erased.
 */
@Component
class FollowUpLetters {

	private final Outbox outbox;

	FollowUpLetters(Outbox outbox) {
		this.outbox = outbox;
	}

	/** @param team the chosen team, when the step is joining one */
	void send(TrainingView training, Registration registration, NextStep step, Team team) {
		if (registration.erasedAt() != null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(training.details().language());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", registration.name());
		model.put("programName", training.programName());
		model.put("chapterName", training.chapter().name());
		model.put("firstDay",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(training.firstDay()));
		model.put("step", step.name());
		model.put("team", team);
		model.put("leads", training.chapter().leads().stream().map(FollowUpLetters::contact).toList());
		String dedupe = "followUp:" + registration.id() + ":" + step + (team == null ? "" : ":" + team.id());
		outbox.post(new Letter(TenantContext.requireOrganizationId(), null, registration.email(), locale,
				LetterKind.TRANSACTIONAL, "participants/follow-up", subjectKey(step),
				List.of(team == null ? "" : team.name(), training.programName()), model, dedupe));
		if (step == NextStep.TEAM && team != null) {
			Map<String, Object> introduction = new LinkedHashMap<>(model);
			introduction.put("newcomerEmail", registration.email());
			introduction.put("newcomerPhone", registration.phone());
			outbox.post(new Letter(TenantContext.requireOrganizationId(), null, team.contactEmail(), locale,
					LetterKind.TRANSACTIONAL, "participants/team-newcomer", "mail.followUp.newcomer.subject",
					List.of(registration.name(), team.name()), introduction, dedupe + ":contact"));
		}
	}

	private static String subjectKey(NextStep step) {
		return switch (step) {
			case TEAM -> "mail.followUp.team.subject";
			case DAY_OF_VOLUNTEER -> "mail.followUp.dayOf.subject";
			case UPGRADE_TRAINING -> "mail.followUp.upgrade.subject";
			case NOT_NOW -> "mail.followUp.notNow.subject";
		};
	}

	private static Contact contact(Person lead) {
		return new Contact(lead.name(), lead.email());
	}

	/** Someone the attendee can write to. */
	record Contact(String name, String email) {
	}

}
