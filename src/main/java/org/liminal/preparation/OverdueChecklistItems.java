package org.liminal.preparation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code liminal.checklist.items.overdue}: open checklist items past their due date, across every organization. Row-level
 * security hides checklists without a tenant, so the count comes from a function of the schema's owner that answers
 * the number only (V26). Counted at most once a {@link #REFRESHED_EVERY} however often Prometheus scrapes; while the
 * database does not answer, the last count stays.
 */
@Component
class OverdueChecklistItems {

	static final Duration REFRESHED_EVERY = Duration.ofMinutes(1);

	private static final Log log = LogFactory.getLog(OverdueChecklistItems.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private double count = Double.NaN;

	private Instant countedAt;

	OverdueChecklistItems(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		Gauge.builder("liminal.checklist.items.overdue", this, OverdueChecklistItems::count)
			.description("Open checklist items past their due date, in every organization (refreshed once a minute)")
			.strongReference(true)
			.register(meters);
	}

	synchronized double count() {
		Instant now = clock.instant();
		if (countedAt != null && now.isBefore(countedAt.plus(REFRESHED_EVERY)) && !now.isBefore(countedAt)) {
			return count;
		}
		countedAt = now;
		try {
			count = jdbc.sql("select preparation_overdue_checklist_items(?)")
				.param(Timestamp.from(now))
				.query(Long.class)
				.single();
		}
		catch (DataAccessException ex) {
			log.debug("Overdue checklist items not counted; the last count stays", ex);
		}
		return count;
	}

}
