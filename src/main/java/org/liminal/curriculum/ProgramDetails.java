package org.liminal.curriculum;

import java.util.List;

/**
 * What a program is: the fields of a version besides its modules, agenda, checklist and roles.
 *
 * @param languages ISO 639 language codes the training is offered in
 */
public record ProgramDetails(String name, String description, PathwayLevel level, int lengthDays, int capacity,
		List<String> languages) {

	public ProgramDetails {
		languages = List.copyOf(languages);
	}

}
