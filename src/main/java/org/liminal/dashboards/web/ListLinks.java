package org.liminal.dashboards.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.participants.FunnelStage;

/**
 * The query strings of the lists behind a dashboard's figures: the trainings list, the people directory and a
 * coach's feedback, filtered as the figure was counted.
 */
final class ListLinks {

	private ListLinks() {
	}

	/** The trainings list: a chapter and a program ({@code null} for all), a status and a period. */
	static String trainings(UUID chapterId, UUID programId, String status, LocalDate from, LocalDate to) {
		return query(Map.of("chapter", Optional.ofNullable(chapterId), "program", Optional.ofNullable(programId),
				"status", Optional.of(status), "from", Optional.of(from), "to", Optional.ofNullable(to)));
	}

	/** The people directory: the people at one stage of the funnel at the trainings held in a period. */
	static String people(UUID chapterId, UUID programId, LocalDate from, LocalDate to, FunnelStage stage) {
		return query(Map.of("chapter", Optional.ofNullable(chapterId), "program", Optional.ofNullable(programId),
				"from", Optional.of(from), "to", Optional.of(to), "stage", Optional.of(stage.name())));
	}

	/** A coach's feedback: what they submitted in a period (and their drafts, whatever the period). */
	static String coachFeedback(LocalDate from, LocalDate to) {
		return query(Map.of("from", Optional.of(from), "to", Optional.of(to)));
	}

	/** Ids, dates and names need no encoding; in a fixed order, so an address reads the same every time. */
	private static String query(Map<String, Optional<?>> parameters) {
		return parameters.entrySet()
			.stream()
			.filter(parameter -> parameter.getValue().isPresent())
			.sorted(Map.Entry.comparingByKey())
			.map(parameter -> parameter.getKey() + "=" + parameter.getValue().get())
			.collect(Collectors.joining("&"));
	}

}
