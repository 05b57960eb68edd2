package org.liminal.participants;

import java.util.List;

/**
 * How an organizer reads an uploaded list: what each column holds, and whether its first row is headers.
 *
 * @param columns by position; columns beyond the list are ignored
 */
public record ImportMapping(List<ImportColumn> columns, boolean header) {

	public ImportMapping {
		columns = List.copyOf(columns);
	}

	/** The position of the column holding this, or -1. */
	int indexOf(ImportColumn column) {
		return columns.indexOf(column);
	}

}
