package org.liminal.preparation;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liminal.accounts.Accounts;
import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.notifications.Letter;
import org.liminal.notifications.LetterKind;
import org.liminal.notifications.Outbox;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.Seat;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a training's chapter leads and coach that it turned red, with the reasons, once per time it does. The
 * event publication registry keeps the event until the letters are queued.
 */
@Component
class AtRiskNotices {

	private final Chapters chapters;

	private final TrainingFinder trainings;

	private final Accounts accounts;

	private final Outbox outbox;

	private final MessageSource messages;

	private final TransactionTemplate ownTransaction;

	AtRiskNotices(Chapters chapters, TrainingFinder trainings, Accounts accounts, Outbox outbox,
			MessageSource messages, PlatformTransactionManager transactions) {
		this.chapters = chapters;
		this.trainings = trainings;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(TrainingAtRisk event) {
		TenantContext.runAsOrganization(event.organizationId(),
				() -> ownTransaction.executeWithoutResult(status -> tell(event)));
	}

	private void tell(TrainingAtRisk event) {
		TrainingSummary training = trainings.summaries(List.of(event.trainingId())).get(event.trainingId());
		if (training == null) {
			return;
		}
		Set<UUID> recipients = new LinkedHashSet<>();
		chapters.chapter(event.chapterId()).leads().forEach(lead -> recipients.add(lead.accountId()));
		UUID coach = trainings.teamsOf(List.of(event.trainingId()))
			.getOrDefault(event.trainingId(), Map.of())
			.get(Seat.coach());
		if (coach != null) {
			recipients.add(coach);
		}
		Map<UUID, Person> people = new LinkedHashMap<>();
		chapters.people().forEach(person -> people.put(person.accountId(), person));
		Map<UUID, Locale> locales = accounts.languagesOf(recipients);
		for (UUID accountId : recipients) {
			Person person = people.get(accountId);
			if (person == null) {
				continue;
			}
			Locale locale = locales.getOrDefault(accountId, Locale.ENGLISH);
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("name", person.name());
			model.put("training", training);
			model.put("path", "/trainings/" + training.id());
			model.put("firstDay", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)
				.format(training.firstDay()));
			model.put("daysToGo", event.readiness().daysToGo());
			model.put("reasons", event.readiness()
				.reasons()
				.stream()
				.map(reason -> messages.getMessage(reason.messageKey(), reason.argumentArray(), locale))
				.toList());
			outbox.post(new Letter(event.organizationId(), accountId, person.email(), locale, LetterKind.ALERT,
					"preparation/at-risk", "mail.atRisk.subject", List.of(training.programName(), training.chapterName()),
					model, "at-risk:" + training.id() + ":" + accountId + ":" + event.runDate()));
		}
	}

}
