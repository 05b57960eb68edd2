package org.liminal.coaching;

import java.util.List;
import java.util.Optional;

/**
 * The organization's rubric: its criteria in order, retired ones included (old scores still name them).
 *
 * @param version guards concurrent edits; 0 while the organization uses the usual rubric unedited
 */
public record Rubric(List<Criterion> criteria, long version) {

	/** The five usual criteria, in the order coaches are taught them. */
	public static final List<String> USUAL_KEYS = List.of("content", "timing", "participation", "alignment", "presence");

	public Rubric {
		criteria = List.copyOf(criteria);
	}

	/** The rubric of an organization whose organizers have not edited it. */
	public static Rubric usual() {
		return new Rubric(USUAL_KEYS.stream().map(key -> new Criterion(key, "", "", false)).toList(), 0);
	}

	/** The criteria a coach scores now. */
	public List<Criterion> active() {
		return criteria.stream().filter(criterion -> !criterion.retired()).toList();
	}

	public Optional<Criterion> criterion(String key) {
		return criteria.stream().filter(criterion -> criterion.key().equals(key)).findFirst();
	}

}
