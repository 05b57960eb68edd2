package org.liminal.preparation;

import java.util.List;
import java.util.UUID;

import org.liminal.organizations.TenantContext;
import org.liminal.trainings.StaffAssigned;
import org.liminal.trainings.StaffUnassigned;
import org.liminal.trainings.TrainingCancelled;
import org.liminal.trainings.TrainingMovedToVersion;
import org.liminal.trainings.TrainingRescheduled;
import org.liminal.trainings.TrainingScheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the trainings module announces, applied to checklists once the training's change is committed. It runs
 * right away in the same thread, so the training page shows the checklist as soon as the lead lands on it; the
 * event publication registry keeps each event until this has succeeded, and redelivers it after a crash
 * (the planner is safe to repeat). Each event runs in a transaction of its own, as its organization.
 */
@Component
class TrainingEvents {

	private final ChecklistPlanner planner;

	private final RunThroughTasks runThroughTasks;

	private final TransactionTemplate ownTransaction;

	TrainingEvents(ChecklistPlanner planner, RunThroughTasks runThroughTasks, PlatformTransactionManager transactions) {
		this.planner = planner;
		this.runThroughTasks = runThroughTasks;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(TrainingScheduled event) {
		apply(event.organizationId(), () -> {
			planner.generate(List.of(event));
			// Run-throughs planned while the training was a draft had no checklist to go on.
			runThroughTasks.followAll(event.trainingId());
		});
	}

	@TransactionalEventListener
	void on(TrainingRescheduled event) {
		apply(event.organizationId(), () -> planner.rescheduled(event));
	}

	@TransactionalEventListener
	void on(TrainingCancelled event) {
		apply(event.organizationId(), () -> planner.cancelled(event));
	}

	@TransactionalEventListener
	void on(TrainingMovedToVersion event) {
		apply(event.organizationId(), () -> planner.movedToVersion(event));
	}

	@TransactionalEventListener
	void on(StaffAssigned event) {
		apply(event.organizationId(), () -> planner.teamChanged(event.trainingId()));
	}

	@TransactionalEventListener
	void on(StaffUnassigned event) {
		apply(event.organizationId(), () -> planner.teamChanged(event.trainingId()));
	}

	private void apply(UUID organizationId, Runnable change) {
		TenantContext.runAsOrganization(organizationId, () -> ownTransaction.executeWithoutResult(status -> change.run()));
	}

}
