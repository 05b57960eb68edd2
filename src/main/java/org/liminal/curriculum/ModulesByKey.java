package org.liminal.curriculum;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liminal.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Modules named by their key, which other modules keep (staffing seats, verdicts, qualifications) because it
 * outlives versions. One statement whatever the number of keys.
 */
@Service
public class ModulesByKey {

	private final JdbcClient jdbc;

	ModulesByKey(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The title each key has in the latest version holding it: published versions first, a draft only when no
	 * published version holds the key.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> titles(Collection<UUID> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> titles = new HashMap<>();
		jdbc.sql("""
				select distinct on (m.key) m.key, m.title
				from curriculum_module m join program_version v on v.id = m.program_version_id
				where m.key = any(?)
				order by m.key, v.number desc nulls last""")
			.param(keys.toArray(UUID[]::new))
			.query((row, number) -> titles.put(row.getObject("key", UUID.class), row.getString("title")))
			.list();
		return titles;
	}

	/** The titles of the given versions' modules, by version id and then module key, in one statement. */
	@Transactional(readOnly = true)
	public Map<UUID, Map<UUID, String>> titlesOfVersions(Collection<UUID> versionIds) {
		Map<UUID, Map<UUID, String>> titles = new HashMap<>();
		if (versionIds.isEmpty()) {
			return titles;
		}
		jdbc.sql("select program_version_id, key, title from curriculum_module where program_version_id = any(?)")
			.param(versionIds.toArray(UUID[]::new))
			.query((row, number) -> titles.computeIfAbsent(row.getObject("program_version_id", UUID.class),
					id -> new HashMap<>())
				.put(row.getObject("key", UUID.class), row.getString("title")))
			.list();
		return titles;
	}

	/** Every module of each program's latest published version, programs by name and modules in their order. */
	@Transactional(readOnly = true)
	public List<ProgramModule> published() {
		return jdbc.sql("""
				select v.program_id, v.name as program_name, m.key, m.title
				from program_version v join curriculum_module m on m.program_version_id = v.id
				where v.number = (select max(l.number) from program_version l where l.program_id = v.program_id)
				order by lower(v.name), v.program_id, m.position""")
			.query(RecordRows.of(ProgramModule.class))
			.list();
	}

}
