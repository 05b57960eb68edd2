package org.liminal.participants;

import java.util.List;

/**
 * What importing one row does: a new person, blanks of an existing person filled, or nothing. An existing
 * person's details are never overwritten: where the file says otherwise, theirs are kept, and the review says so.
 *
 * @param filled details the file adds where the person had none
 * @param kept details the file differs on, which stay as they are
 */
public record ImportChange(int row, String email, String name, String phone, Kind kind, List<FieldChange> filled,
		List<FieldChange> kept) {

	public ImportChange {
		filled = List.copyOf(filled);
		kept = List.copyOf(kept);
	}

	/** What the row does. */
	public enum Kind {

		ADD, FILL, SAME

	}

	/**
	 * One detail: the person's and the file's.
	 *
	 * @param labelKey the message naming the detail
	 */
	public record FieldChange(String labelKey, String current, String fromFile) {
	}

}
