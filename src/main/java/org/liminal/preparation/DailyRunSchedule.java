package org.liminal.preparation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the daily run every few minutes (each chapter runs at the first tick after its hour), under a lock in
 * PostgreSQL so that of several application instances only one runs it at a time. The run itself would not
 * repeat a finished step anyway; the lock keeps two instances from working on the same chapter at once.
 */
@Component
@ConditionalOnProperty(name = "liminal.preparation.daily-run.enabled", havingValue = "true", matchIfMissing = true)
class DailyRunSchedule {

	static final String LOCK = "preparation-daily-run";

	private final DailyRun dailyRun;

	DailyRunSchedule(DailyRun dailyRun) {
		this.dailyRun = dailyRun;
	}

	@Scheduled(cron = "${liminal.preparation.daily-run.cron:0 */5 * * * *}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
	public void tick() {
		dailyRun.runDue();
	}

}
