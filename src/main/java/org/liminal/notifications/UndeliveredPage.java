package org.liminal.notifications;

import java.util.List;

/** One page of undelivered letters, numbered from 1, newest first. */
public record UndeliveredPage(List<UndeliveredLetter> letters, int page, int size, long total, long failed) {

	public UndeliveredPage {
		letters = List.copyOf(letters);
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

}
