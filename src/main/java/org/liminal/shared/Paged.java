package org.liminal.shared;

/** One page of a longer list, numbered from 1: what a pager needs to link to its neighbours. */
public interface Paged {

	int page();

	int size();

	long total();

	default int pages() {
		return (int) Math.max(1, (total() + size() - 1) / size());
	}

	default boolean hasPrevious() {
		return page() > 1;
	}

	default boolean hasNext() {
		return page() < pages();
	}

}
