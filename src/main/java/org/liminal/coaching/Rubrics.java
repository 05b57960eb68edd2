package org.liminal.coaching;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.liminal.organizations.TenantContext;
import org.liminal.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's rubric, which organizers edit: rename, describe, reorder, add and retire criteria. Until
 * the first edit there are no rows and the usual rubric applies; the first save writes every criterion.
 * Criteria are never deleted, so that old scores keep their names.
 */
@Service
public class Rubrics {

	public static final int MAX_ACTIVE = 10;

	public static final int MAX_NAME = 80;

	public static final int MAX_DESCRIPTION = 400;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	Rubrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Rubric current() {
		Optional<Long> version = jdbc.sql("select version from rubric").query(Long.class).optional();
		if (version.isEmpty()) {
			return Rubric.usual();
		}
		List<Criterion> criteria = jdbc.sql("""
				select key, name, description, retired from rubric_criterion order by position, key""")
			.query(RecordRows.of(Criterion.class))
			.list();
		return new Rubric(criteria, version.get());
	}

	/**
	 * Saves the rubric as edited. Criteria left out of the edits stay as they were, after the edited ones.
	 * @param expectedVersion the version of the rubric the organizer edited ({@link Rubric#version()})
	 */
	@Transactional
	public void change(List<CriterionEdit> edits, long expectedVersion) {
		Rubric rubric = current();
		if (rubric.version() != expectedVersion) {
			throw new CoachingChangeRefused(null, "rubric.error.conflict");
		}
		List<Criterion> criteria = edited(rubric, edits);
		if (expectedVersion == 0) {
			int inserted = jdbc.sql("insert into rubric (organization_id, version) values (?, 1) on conflict do nothing")
				.param(TenantContext.requireOrganizationId())
				.update();
			if (inserted == 0) {
				throw new CoachingChangeRefused(null, "rubric.error.conflict");
			}
		}
		else {
			int updated = jdbc.sql("update rubric set version = version + 1 where version = ?")
				.param(expectedVersion)
				.update();
			if (updated == 0) {
				throw new CoachingChangeRefused(null, "rubric.error.conflict");
			}
		}
		jdbc.sql("delete from rubric_criterion").update();
		for (int position = 0; position < criteria.size(); position++) {
			Criterion criterion = criteria.get(position);
			jdbc.sql("""
					insert into rubric_criterion (key, name, description, position, retired)
					values (?, ?, ?, ?, ?)""")
				.params(criterion.key(), criterion.name(), criterion.description(), position, criterion.retired())
				.update();
		}
	}

	private static List<Criterion> edited(Rubric rubric, List<CriterionEdit> edits) {
		record Placed(int index, CriterionEdit edit) {
		}
		List<Placed> placed = new ArrayList<>();
		for (int index = 0; index < edits.size(); index++) {
			if (!edits.get(index).isBlank()) {
				placed.add(new Placed(index, edits.get(index)));
			}
		}
		Set<String> editedKeys = new HashSet<>();
		Map<String, Integer> names = new HashMap<>();
		for (Placed each : placed) {
			CriterionEdit edit = each.edit();
			String field = "criteria[" + each.index() + "]";
			if (!edit.isNew() && (rubric.criterion(edit.key()).isEmpty() || !editedKeys.add(edit.key()))) {
				throw new CoachingChangeRefused(null, "rubric.error.unknownCriterion");
			}
			if (edit.name().length() > MAX_NAME) {
				throw new CoachingChangeRefused(field + ".name", "rubric.error.tooLong", MAX_NAME);
			}
			if (edit.description().length() > MAX_DESCRIPTION) {
				throw new CoachingChangeRefused(field + ".description", "rubric.error.tooLong", MAX_DESCRIPTION);
			}
			boolean usual = !edit.isNew() && Rubric.USUAL_KEYS.contains(edit.key());
			if (edit.name().isEmpty() && !usual) {
				throw new CoachingChangeRefused(field + ".name", "rubric.error.nameRequired");
			}
			if (!edit.name().isEmpty()
					&& names.put(edit.name().toLowerCase(Locale.ROOT), each.index()) != null) {
				throw new CoachingChangeRefused(field + ".name", "rubric.error.duplicateName");
			}
		}
		List<Criterion> criteria = new ArrayList<>();
		placed.stream()
			.sorted(Comparator.comparingInt((Placed each) -> each.edit().position()).thenComparingInt(Placed::index))
			.map(Placed::edit)
			.forEach(edit -> criteria.add(new Criterion(edit.isNew() ? newKey() : edit.key(), edit.name(),
					edit.description(), edit.retired())));
		rubric.criteria().stream().filter(criterion -> !editedKeys.contains(criterion.key())).forEach(criteria::add);
		long active = criteria.stream().filter(criterion -> !criterion.retired()).count();
		if (active < 1 || active > MAX_ACTIVE) {
			throw new CoachingChangeRefused("criteria", "rubric.error.activeCount", MAX_ACTIVE);
		}
		return criteria;
	}

	private static String newKey() {
		byte[] bytes = new byte[4];
		RANDOM.nextBytes(bytes);
		return "c-" + HexFormat.of().formatHex(bytes);
	}

}
