package org.liminal.coaching;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.liminal.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted verdicts counted per presenter and module, for the pathway's eligibility rules ("two ready verdicts
 * on a module"). One statement whatever the number of people.
 */
@Service
public class Verdicts {

	private static final String READY_COUNTS = """
			select presenter_id, module_key, count(*) as count,
			       (array_agg(id order by submitted_at desc, id))[1] as latest_feedback_id,
			       (array_agg(training_id order by submitted_at desc, id))[1] as latest_training_id,
			       (array_agg(run_through_id order by submitted_at desc, id))[1] as latest_run_through_id
			from feedback
			where status = 'SUBMITTED' and verdict = 'READY' %s
			group by presenter_id, module_key
			having count(*) >= :atLeast
			order by presenter_id, module_key""";

	private final JdbcClient jdbc;

	Verdicts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Everyone found ready on a module at least {@code atLeast} times. */
	@Transactional(readOnly = true)
	public List<ReadyVerdicts> readyAtLeast(int atLeast) {
		return jdbc.sql(READY_COUNTS.formatted("")).param("atLeast", atLeast).query(RecordRows.of(ReadyVerdicts.class)).list();
	}

	/** Those of the given people found ready on a module at least {@code atLeast} times. */
	@Transactional(readOnly = true)
	public List<ReadyVerdicts> readyAtLeast(int atLeast, Collection<UUID> presenterIds) {
		if (presenterIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(READY_COUNTS.formatted("and presenter_id = any(:presenters)"))
			.param("atLeast", atLeast)
			.param("presenters", presenterIds.toArray(UUID[]::new))
			.query(RecordRows.of(ReadyVerdicts.class))
			.list();
	}

}
