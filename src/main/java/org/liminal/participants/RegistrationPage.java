package org.liminal.participants;

import java.util.List;

import org.liminal.shared.Paged;

/** One page of a training's registrations, numbered from 1. */
public record RegistrationPage(List<RegistrationRow> rows, int page, int size, long total) implements Paged {

	public RegistrationPage {
		rows = List.copyOf(rows);
	}

}
