package org.liminal.participants.web;

import java.util.ArrayList;
import java.util.List;

import org.liminal.participants.ImportColumn;
import org.liminal.participants.ImportMapping;

/**
 * What each column of an uploaded list holds, whether its first row is headers, and (when confirming) whether the
 * organizer accepts to skip the rows with problems. Text fields, so that whatever the address says binds.
 */
public class MappingForm {

	private List<String> columns;

	private String header;

	private boolean skipProblems;

	public List<String> getColumns() {
		return columns;
	}

	public void setColumns(List<String> columns) {
		this.columns = columns;
	}

	public String getHeader() {
		return header;
	}

	public void setHeader(String header) {
		this.header = header;
	}

	public boolean isSkipProblems() {
		return skipProblems;
	}

	public void setSkipProblems(boolean skipProblems) {
		this.skipProblems = skipProblems;
	}

	/** Whether the person chose anything yet (a first visit shows the guess). */
	boolean isChosen() {
		return columns != null && !columns.isEmpty();
	}

	/** The mapping chosen; anything not one of the choices offered counts as ignored. */
	ImportMapping mapping() {
		List<ImportColumn> chosen = new ArrayList<>();
		for (String column : columns == null ? List.<String>of() : columns) {
			chosen.add(parse(column));
		}
		return new ImportMapping(chosen, "yes".equals(header));
	}

	void show(ImportMapping mapping) {
		columns = mapping.columns().stream().map(ImportColumn::name).toList();
		header = mapping.header() ? "yes" : "no";
	}

	private static ImportColumn parse(String column) {
		for (ImportColumn candidate : ImportColumn.values()) {
			if (candidate.name().equals(column)) {
				return candidate;
			}
		}
		return ImportColumn.IGNORE;
	}

}
