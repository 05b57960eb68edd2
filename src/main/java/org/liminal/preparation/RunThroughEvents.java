package org.liminal.preparation;

import java.util.UUID;

import org.liminal.coaching.RunThroughCancelled;
import org.liminal.coaching.RunThroughHeld;
import org.liminal.coaching.RunThroughPlanned;
import org.liminal.organizations.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What coaching announces about run-throughs, applied to checklists once the change is committed, the way
 * {@link TrainingEvents} applies the trainings' events: right away, in a transaction of its own as the event's
 * organization, redelivered by the event publication registry after a crash (following is safe to repeat).
 */
@Component
class RunThroughEvents {

	private final RunThroughTasks tasks;

	private final TransactionTemplate ownTransaction;

	RunThroughEvents(RunThroughTasks tasks, PlatformTransactionManager transactions) {
		this.tasks = tasks;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(RunThroughPlanned event) {
		follow(event.organizationId(), event.runThroughId());
	}

	@TransactionalEventListener
	void on(RunThroughHeld event) {
		follow(event.organizationId(), event.runThroughId());
	}

	@TransactionalEventListener
	void on(RunThroughCancelled event) {
		follow(event.organizationId(), event.runThroughId());
	}

	private void follow(UUID organizationId, UUID runThroughId) {
		TenantContext.runAsOrganization(organizationId,
				() -> ownTransaction.executeWithoutResult(status -> tasks.follow(runThroughId)));
	}

}
