package org.liminal.notifications;

import java.util.List;

import org.liminal.shared.Paged;

/** One page of undelivered letters, numbered from 1, newest first. */
public record UndeliveredPage(List<UndeliveredLetter> letters, int page, int size, long total, long failed) implements Paged {

	public UndeliveredPage {
		letters = List.copyOf(letters);
	}

}
