package org.liminal.coaching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The titles of the modules of many trainings' curriculum versions, by module key, in one statement: feedback
 * lists name modules across trainings, and reading each training's whole version would cost a query per training.
 */
@Service
public class ModuleTitles {

	private final JdbcClient jdbc;

	ModuleTitles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By training id, then module key. */
	@Transactional(readOnly = true)
	public Map<UUID, Map<UUID, String>> ofTrainings(Collection<UUID> trainingIds) {
		Map<UUID, Map<UUID, String>> titles = new HashMap<>();
		if (trainingIds.isEmpty()) {
			return titles;
		}
		jdbc.sql("""
				select t.id, m.key, m.title from training t
				join curriculum_module m on m.program_version_id = t.program_version_id
				where t.id = any(?)""")
			.param(trainingIds.toArray(UUID[]::new))
			.query((row, number) -> titles.computeIfAbsent(row.getObject("id", UUID.class), id -> new HashMap<>())
				.put(row.getObject("key", UUID.class), row.getString("title")))
			.list();
		return titles;
	}

}
