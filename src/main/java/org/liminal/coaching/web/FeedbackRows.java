package org.liminal.coaching.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.coaching.FeedbackView;
import org.liminal.coaching.ModuleTitles;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.stereotype.Component;

/** Names feedback for lists: trainings, modules and people of any number of rows in a few statements. */
@Component
class FeedbackRows {

	private final TrainingFinder trainings;

	private final ModuleTitles moduleTitles;

	private final Chapters chapters;

	FeedbackRows(TrainingFinder trainings, ModuleTitles moduleTitles, Chapters chapters) {
		this.trainings = trainings;
		this.moduleTitles = moduleTitles;
		this.chapters = chapters;
	}

	List<FeedbackRow> of(Collection<FeedbackView> feedback, Locale locale) {
		return of(feedback, people(), locale);
	}

	List<FeedbackRow> of(Collection<FeedbackView> feedback, Map<UUID, Person> people, Locale locale) {
		return of(feedback, people, locale, null);
	}

	/**
	 * Rows whose submission days are taken in the given zone rather than the training's: lists of a period counted
	 * in UTC show the days they were counted on.
	 */
	List<FeedbackRow> of(Collection<FeedbackView> feedback, Map<UUID, Person> people, Locale locale,
			ZoneId submittedIn) {
		if (feedback.isEmpty()) {
			return List.of();
		}
		List<UUID> trainingIds = feedback.stream().map(each -> each.subject().trainingId()).distinct().toList();
		Map<UUID, TrainingSummary> summaries = trainings.summaries(trainingIds);
		Map<UUID, Map<UUID, String>> titles = moduleTitles.ofTrainings(trainingIds);
		return feedback.stream().filter(each -> summaries.containsKey(each.subject().trainingId())).map(each -> {
			TrainingSummary training = summaries.get(each.subject().trainingId());
			return new FeedbackRow(each, training.programName(), training.chapterName(), dates(training, locale),
					titles.getOrDefault(training.id(), Map.of()).getOrDefault(each.subject().moduleKey(), ""),
					name(people, each.presenterId()), name(people, each.coachId()),
					each.submittedAt() == null ? "" : date(each.submittedAt()
						.atZone(submittedIn == null ? zone(training) : submittedIn)
						.toLocalDate(), locale));
		}).toList();
	}

	/** Everyone in the organization by account id. */
	Map<UUID, Person> people() {
		return chapters.people().stream().collect(Collectors.toMap(Person::accountId, Function.identity()));
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	private static String dates(TrainingSummary training, Locale locale) {
		return training.isMultiDay() ? date(training.firstDay(), locale) + " – " + date(training.lastDay(), locale)
				: date(training.firstDay(), locale);
	}

	private static ZoneId zone(TrainingSummary training) {
		return training.zone();
	}

	private static String name(Map<UUID, Person> people, UUID accountId) {
		Person person = accountId == null ? null : people.get(accountId);
		return person == null ? "" : person.name();
	}

}
