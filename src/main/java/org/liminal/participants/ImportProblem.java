package org.liminal.participants;

import java.util.List;

/**
 * Why a row of an imported list cannot be imported.
 *
 * @param row the row's number in the file, counting from 1 as spreadsheets do (headers included)
 */
public record ImportProblem(int row, String messageKey, List<Object> arguments) {

	public ImportProblem {
		arguments = List.copyOf(arguments);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
