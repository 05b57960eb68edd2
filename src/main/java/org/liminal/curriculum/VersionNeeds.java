package org.liminal.curriculum;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staffing needs of many versions in two statements, whatever their number. */
@Service
public class VersionNeeds {

	private final JdbcClient jdbc;

	VersionNeeds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Map<UUID, StaffingNeeds> of(Collection<UUID> versionIds) {
		if (versionIds.isEmpty()) {
			return Map.of();
		}
		UUID[] ids = versionIds.toArray(UUID[]::new);
		Map<UUID, Map<UUID, Integer>> trainers = new HashMap<>();
		Map<UUID, Map<UUID, Integer>> people = new HashMap<>();
		versionIds.forEach(id -> {
			trainers.put(id, new HashMap<>());
			people.put(id, new HashMap<>());
		});
		jdbc.sql("select program_version_id, key, trainers_needed from curriculum_module where program_version_id = any(?)")
			.param(ids)
			.query((row, number) -> trainers.get(row.getObject("program_version_id", UUID.class))
				.put(row.getObject("key", UUID.class), row.getInt("trainers_needed")))
			.list();
		jdbc.sql("select program_version_id, day_of_role_id, people from program_role_need where program_version_id = any(?)")
			.param(ids)
			.query((row, number) -> people.get(row.getObject("program_version_id", UUID.class))
				.put(row.getObject("day_of_role_id", UUID.class), row.getInt("people")))
			.list();
		Map<UUID, StaffingNeeds> needs = new HashMap<>();
		versionIds.forEach(id -> needs.put(id, new StaffingNeeds(trainers.get(id), people.get(id))));
		return needs;
	}

}
