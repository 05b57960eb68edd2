package org.liminal.coaching;

/**
 * One line of the rubric coaches score on (1–4).
 *
 * @param key stable across renames: scores refer to it
 * @param name what the organization calls it; blank for a usual criterion not renamed, which pages name by
 *     {@link #messageKey()} in the reader's language
 */
public record Criterion(String key, String name, String description, boolean retired) {

	public boolean isNamed() {
		return !name.isBlank();
	}

	/** The message naming a usual criterion: {@code rubric.criterion.timing}. */
	public String messageKey() {
		return "rubric.criterion." + key;
	}

	/** The message describing a usual criterion when its description is blank. */
	public String descriptionKey() {
		return "rubric.criterion." + key + ".description";
	}

}
