package org.liminal.coaching;

/**
 * One criterion as an organizer edits the rubric.
 *
 * @param key the criterion's key; blank for a criterion to add (its key is made when it is saved)
 * @param name blank keeps a usual criterion's translated name; required for the organization's own criteria
 * @param position the order among the criteria (lower first; ties keep the given order)
 */
public record CriterionEdit(String key, String name, String description, int position, boolean retired) {

	public CriterionEdit {
		key = key == null ? "" : key.strip();
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
	}

	public boolean isNew() {
		return key.isEmpty();
	}

	/** The empty row of the form, left as it was: nothing to add. */
	public boolean isBlank() {
		return isNew() && name.isEmpty() && description.isEmpty();
	}

}
