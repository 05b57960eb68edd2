package org.liminal.shared;

import java.util.List;

/**
 * The first few of a longer list and how many it holds in all: what a dashboard shows of a list, with a link to the
 * page that has the rest.
 */
public record FirstOf<T>(List<T> items, long total) {

	public FirstOf {
		items = List.copyOf(items);
	}

	public static <T> FirstOf<T> none() {
		return new FirstOf<>(List.of(), 0);
	}

	public boolean isEmpty() {
		return total == 0;
	}

	/** Whether the list holds more than these. */
	public boolean more() {
		return total > items.size();
	}

}
