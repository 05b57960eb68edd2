package org.liminal.trainings.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import org.liminal.trainings.TrainingFilter;
import org.liminal.trainings.TrainingFinder.Order;
import org.liminal.trainings.TrainingStatus;
import org.liminal.web.FilterInput;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the training list shows, read from its form: the filter, the order and the page. Builds the
 * addresses of the other pages and periods with the same filters.
 *
 * @param today the date the list counts as today (upcoming trainings end on or after it)
 */
record TrainingListQuery(TrainingFilter filter, Order order, int page, LocalDate today) {

	/**
	 * Reads the form; what cannot be read is ignored and rejected on its field. Without a {@code from} the list
	 * starts today; looking back (an end date and no start) lists the latest first.
	 */
	static TrainingListQuery read(TrainingListForm form, Collection<UUID> chapters, Collection<UUID> programs,
			LocalDate today, Errors errors) {
		UUID chapter = FilterInput.choice(form.getChapter(), chapters, "chapter", errors);
		UUID program = FilterInput.choice(form.getProgram(), programs, "program", errors);
		var status = FilterInput.choice(form.getStatus(), TrainingStatus.class, "status", errors);
		LocalDate from = form.getFrom() == null ? today : FilterInput.date(form.getFrom(), "from", errors);
		LocalDate to = FilterInput.date(form.getTo(), "to", errors);
		if (form.getFrom() == null) {
			form.setFrom(today.toString());
		}
		Order order = from == null && to != null ? Order.LATEST_FIRST : Order.SOONEST_FIRST;
		return new TrainingListQuery(new TrainingFilter(chapter, program, status, from, to), order,
				FilterInput.page(form.getPage()), today);
	}

	TrainingListQuery onPage(int other) {
		return new TrainingListQuery(filter, order, other, today);
	}

	/** The query string of another page of the same list. */
	public String pageQuery(int other) {
		return query(filter.from(), filter.to(), other);
	}

	/** What is next: from today on. */
	public String upcomingQuery() {
		return query(today, null, 1);
	}

	/** What is over: until yesterday, the latest first. */
	public String pastQuery() {
		return query(null, today.minusDays(1), 1);
	}

	public String anyDateQuery() {
		return query(null, null, 1);
	}

	public boolean isUpcoming() {
		return today.equals(filter.from()) && filter.to() == null;
	}

	public boolean isPast() {
		return filter.from() == null && today.minusDays(1).equals(filter.to());
	}

	public boolean isAnyDate() {
		return filter.from() == null && filter.to() == null;
	}

	public boolean isLatestFirst() {
		return order == Order.LATEST_FIRST;
	}

	public boolean isFiltered() {
		return filter.chapterId() != null || filter.programId() != null || filter.status() != null;
	}

	private String query(LocalDate from, LocalDate to, int page) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		add(query, "chapter", filter.chapterId());
		add(query, "program", filter.programId());
		add(query, "status", filter.status());
		// Always present: a missing "from" would mean today.
		query.queryParam("from", from == null ? "" : from.toString());
		add(query, "to", to);
		if (page > 1) {
			query.queryParam("page", page);
		}
		return query.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder query, String name, Object value) {
		if (value != null) {
			query.queryParam(name, Objects.toString(value));
		}
	}

}
