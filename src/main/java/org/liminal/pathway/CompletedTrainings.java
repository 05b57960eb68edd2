package org.liminal.pathway;

import java.util.Set;

import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingCompleted;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attending a completed training grants its program's kinds, once the completion is committed. The event
 * publication registry keeps the event until this has succeeded and redelivers it after a crash; granting is
 * safe to repeat. It runs in a transaction of its own, as the event's organization.
 */
@Component
class CompletedTrainings {

	private final Qualifications qualifications;

	private final TrainingFinder trainings;

	private final TransactionTemplate ownTransaction;

	CompletedTrainings(Qualifications qualifications, TrainingFinder trainings, PlatformTransactionManager transactions) {
		this.qualifications = qualifications;
		this.trainings = trainings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(TrainingCompleted event) {
		if (event.attendees().isEmpty()) {
			return;
		}
		TenantContext.runAsOrganization(event.organizationId(), () -> ownTransaction.executeWithoutResult(status -> {
			TrainingSummary training = trainings.summaries(Set.of(event.trainingId())).get(event.trainingId());
			if (training != null) {
				qualifications.grantForAttendance(event.trainingId(), training.programId(), event.attendees());
			}
		}));
	}

}
