package org.liminal.coaching;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.accounts.AccountSummary;
import org.liminal.accounts.Accounts;
import org.liminal.notifications.Letter;
import org.liminal.notifications.LetterKind;
import org.liminal.notifications.Outbox;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a trainer that a coach gave them feedback, in the trainer's language, linking to it. Queued in the
 * submitting transaction: the letter exists exactly when the submitted feedback does.
 */
@Component
class FeedbackLetters {

	private final Accounts accounts;

	private final TrainingFinder trainings;

	private final ModuleTitles moduleTitles;

	private final Outbox outbox;

	private final MessageSource messages;

	FeedbackLetters(Accounts accounts, TrainingFinder trainings, ModuleTitles moduleTitles, Outbox outbox,
			MessageSource messages) {
		this.accounts = accounts;
		this.trainings = trainings;
		this.moduleTitles = moduleTitles;
		this.outbox = outbox;
		this.messages = messages;
	}

	void tell(FeedbackView feedback) {
		UUID trainingId = feedback.subject().trainingId();
		TrainingSummary training = trainings.summaries(List.of(trainingId)).get(trainingId);
		List<UUID> people = feedback.coachId() == null ? List.of(feedback.presenterId())
				: List.of(feedback.presenterId(), feedback.coachId());
		Map<UUID, AccountSummary> accountsById = accounts.findAll(people);
		AccountSummary presenter = accountsById.get(feedback.presenterId());
		if (training == null || presenter == null) {
			return;
		}
		AccountSummary coach = feedback.coachId() == null ? null : accountsById.get(feedback.coachId());
		Locale locale = accounts.languagesOf(List.of(presenter.id())).getOrDefault(presenter.id(), Locale.ENGLISH);
		String module = moduleTitles.ofTrainings(List.of(trainingId))
			.getOrDefault(trainingId, Map.of())
			.getOrDefault(feedback.subject().moduleKey(), "");
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", presenter.displayName());
		model.put("coachName", coach == null ? "" : coach.displayName());
		model.put("module", module);
		model.put("training", training);
		model.put("firstDay", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
			.format(training.firstDay()));
		model.put("verdict", messages.getMessage(feedback.verdict().messageKey(), null, locale));
		model.put("path", "/feedback/" + feedback.id());
		outbox.post(new Letter(TenantContext.requireOrganizationId(), presenter.id(), presenter.email(), locale,
				LetterKind.ALERT, "coaching/feedback", "mail.feedback.subject", List.of(module), model,
				"feedback:" + feedback.id()));
	}

}
