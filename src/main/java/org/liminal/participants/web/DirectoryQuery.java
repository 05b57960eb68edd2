package org.liminal.participants.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.liminal.participants.FunnelStage;
import org.liminal.participants.NextStep;
import org.liminal.participants.People;
import org.liminal.participants.PeopleFilter;
import org.liminal.web.FilterInput;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory's filters as read from the address: what could not be read is ignored, with a message next to
 * its field; the pager's links keep the rest.
 */
record DirectoryQuery(PeopleFilter filter, int page) {

	static DirectoryQuery read(DirectoryForm form, Collection<UUID> chapterIds, Collection<UUID> programIds,
			BindingResult result) {
		String search = form.getQ() == null ? null : form.getQ().strip();
		if (search != null && search.length() > People.MAX_SEARCH) {
			result.rejectValue("q", "people.filter.searchTooLong", new Object[] { People.MAX_SEARCH }, null);
			search = null;
		}
		UUID chapter = null;
		if (present(form.getChapter())) {
			try {
				chapter = UUID.fromString(form.getChapter());
			}
			catch (IllegalArgumentException notAnId) {
				chapter = null;
			}
			if (chapter == null || !chapterIds.contains(chapter)) {
				result.rejectValue("chapter", "people.filter.unknownChapter");
				chapter = null;
			}
		}
		Boolean attended = null;
		if (present(form.getAttended())) {
			switch (form.getAttended()) {
				case "yes" -> attended = true;
				case "no" -> attended = false;
				default -> result.rejectValue("attended", "people.filter.unknownChoice");
			}
		}
		NextStep step = null;
		if (present(form.getStep())) {
			try {
				step = NextStep.valueOf(form.getStep());
			}
			catch (IllegalArgumentException unknown) {
				result.rejectValue("step", "people.filter.unknownChoice");
			}
		}
		UUID program = FilterInput.choice(form.getProgram(), programIds, "program", result);
		LocalDate from = FilterInput.date(form.getFrom(), "from", result);
		LocalDate to = FilterInput.date(form.getTo(), "to", result);
		if (from != null && to != null && to.isBefore(from)) {
			result.rejectValue("to", "people.filter.toBeforeFrom");
			to = null;
		}
		FunnelStage stage = FilterInput.choice(form.getStage(), FunnelStage.class, "stage", result);
		int page = 1;
		if (present(form.getPage())) {
			try {
				page = Math.max(1, Integer.parseInt(form.getPage()));
			}
			catch (NumberFormatException notANumber) {
				page = 1;
			}
		}
		return new DirectoryQuery(new PeopleFilter(search, chapter, attended, step, program, from, to, stage), page);
	}

	/** Public: the page asks, and its expressions reach only public methods. */
	public boolean isFiltered() {
		return filter.search() != null && !filter.search().isEmpty() || filter.chapterId() != null
				|| filter.attended() != null || filter.nextStep() != null || filter.atHeldTrainings();
	}

	/** The address of another page of the same list. */
	String pageUrl(String base, int number) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(base);
		if (filter.search() != null && !filter.search().isEmpty()) {
			url.queryParam("q", filter.search());
		}
		if (filter.chapterId() != null) {
			url.queryParam("chapter", filter.chapterId());
		}
		if (filter.attended() != null) {
			url.queryParam("attended", filter.attended() ? "yes" : "no");
		}
		if (filter.nextStep() != null) {
			url.queryParam("step", filter.nextStep().name());
		}
		if (filter.programId() != null) {
			url.queryParam("program", filter.programId());
		}
		if (filter.heldFrom() != null) {
			url.queryParam("from", filter.heldFrom());
		}
		if (filter.heldTo() != null) {
			url.queryParam("to", filter.heldTo());
		}
		if (filter.stage() != null) {
			url.queryParam("stage", filter.stage().name());
		}
		url.queryParam("page", number);
		return url.encode().build().toUriString();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
