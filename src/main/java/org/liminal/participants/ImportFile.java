package org.liminal.participants;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An uploaded list waiting to be imported, as read. */
public record ImportFile(UUID id, String fileName, CsvTable table) {

	/** The first rows, as the column mapping shows them. */
	public List<List<String>> firstRows(int count) {
		return table.rows().subList(0, Math.min(count, table.rows().size()));
	}

	/** The columns as guessed from the first row, when it is headers; else all ignored but what looks right. */
	public ImportMapping guessedMapping() {
		List<String> first = table.rows().get(0);
		boolean header = ImportColumn.looksLikeHeader(first);
		List<ImportColumn> columns = new ArrayList<>(header ? ImportColumn.guess(first) : List.of());
		while (columns.size() < table.columnCount()) {
			columns.add(ImportColumn.IGNORE);
		}
		if (!header) {
			// Without headers, a column whose first cell is an address is surely the email.
			for (int i = 0; i < first.size(); i++) {
				if (Registrations.EMAIL.matcher(first.get(i).strip()).matches()) {
					columns.set(i, ImportColumn.EMAIL);
					break;
				}
			}
		}
		return new ImportMapping(columns, header);
	}

}
