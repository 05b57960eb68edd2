package org.liminal.trainings;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.RoleNeedView;
import org.liminal.trainings.CalendarEvent.Status;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The calendars of trainings, as iCalendar text in the reader's language: a chapter's, a person's, and one
 * training's. One event per training day, so that days with different start times show as they are. The feeds
 * also show what other modules contribute (run-throughs, for one).
 */
@Component
class TrainingCalendars {

	/** How far back feeds reach, so that recent trainings stay in people's calendars. */
	static final Period HISTORY = Period.ofDays(90);

	/** How often calendar apps are asked to fetch a feed again (most decide for themselves). */
	static final Duration REFRESH = Duration.ofHours(1);

	/** The zone a person's calendar describes while they are on no training's team. */
	private static final ZoneId WITHOUT_TRAININGS = ZoneId.of("UTC");

	private final FeedTrainings trainings;

	private final Chapters chapters;

	private final Programs programs;

	private final MessageSource messages;

	private final List<CalendarContributions> contributions;

	private final Clock clock;

	TrainingCalendars(FeedTrainings trainings, Chapters chapters, Programs programs, MessageSource messages,
			List<CalendarContributions> contributions, Clock clock) {
		this.trainings = trainings;
		this.chapters = chapters;
		this.programs = programs;
		this.messages = messages;
		this.contributions = List.copyOf(contributions);
		this.clock = clock;
	}

	/**
	 * @param trainingsUrl the absolute address of the organization's trainings, such as
	 *        {@code https://liminal.example/movement/trainings}
	 */
	String ofChapter(ChapterView chapter, String trainingsUrl, Locale locale) {
		LocalDate since = since();
		List<FeedTraining> shown = trainings.ofChapter(chapter.id(), since);
		List<CalendarEvent> events = new ArrayList<>(events(shown, trainingsUrl, locale));
		List<UUID> trainingIds = shown.stream().map(FeedTraining::id).toList();
		contributions.forEach(contribution -> events
			.addAll(contribution.ofTrainings(trainingIds, since, trainingsUrl, locale)));
		return feed(message(locale, "calendar.feed.chapter", chapter.name()), chapter.zone()).write(events);
	}

	String ofPerson(UUID accountId, String organizationName, String trainingsUrl, Locale locale) {
		LocalDate since = since();
		List<CalendarEvent> events = new ArrayList<>(events(trainings.ofPerson(accountId, since), trainingsUrl, locale));
		contributions.forEach(contribution -> events
			.addAll(contribution.ofPerson(accountId, since, trainingsUrl, locale)));
		return feed(message(locale, "calendar.feed.person", organizationName), WITHOUT_TRAININGS).write(events);
	}

	CalendarFile ofTraining(UUID trainingId, String trainingsUrl, Locale locale) {
		FeedTraining training = trainings.one(trainingId).orElseThrow(TrainingNotFound::new);
		Names names = names(List.of(training));
		String title = title(training, names, locale);
		String content = new ICalendarWriter(title, names.zone(training), clock.instant())
			.write(events(List.of(training), names, trainingsUrl, locale));
		return new CalendarFile(fileName(names.program(training), training.days().get(0).date()), content);
	}

	private ICalendarWriter feed(String name, ZoneId zone) {
		return new ICalendarWriter(name, zone, clock.instant()).refreshedEvery(REFRESH);
	}

	private List<CalendarEvent> events(List<FeedTraining> shown, String trainingsUrl, Locale locale) {
		return shown.isEmpty() ? List.of() : events(shown, names(shown), trainingsUrl, locale);
	}

	private List<CalendarEvent> events(List<FeedTraining> shown, Names names, String trainingsUrl, Locale locale) {
		List<CalendarEvent> events = new ArrayList<>();
		for (FeedTraining training : shown) {
			String url = trainingsUrl + "/" + training.id();
			String title = title(training, names, locale);
			String description = description(training, names, url, locale);
			for (TrainingDay day : training.days()) {
				String dayTitle = training.days().size() == 1 ? title
						: message(locale, "calendar.event.day", title, day.day(), training.days().size());
				events.add(new CalendarEvent(training.id() + "-day" + day.day() + "@liminal", training.version(),
						names.zone(training), day.start(), day.end(), summary(training, dayTitle, locale),
						training.address().isEmpty() ? training.onlineLink() : training.address(), url, description,
						status(training.status())));
			}
		}
		return events;
	}

	/** Cancelled trainings and drafts say so in their titles too: not every calendar app shows STATUS. */
	private String summary(FeedTraining training, String title, Locale locale) {
		return switch (training.status()) {
			case CANCELLED -> message(locale, "calendar.event.cancelled", title);
			case DRAFT -> message(locale, "calendar.event.draft", title);
			default -> title;
		};
	}

	private String description(FeedTraining training, Names names, String url, Locale locale) {
		List<String> lines = new ArrayList<>();
		if (training.status() == TrainingStatus.CANCELLED) {
			lines.add(message(locale, "calendar.event.cancelReason", training.cancelReason()));
		}
		lines.add(message(locale, "calendar.event.language",
				Locale.forLanguageTag(training.language()).getDisplayLanguage(locale)));
		if (!training.address().isEmpty() && !training.onlineLink().isEmpty()) {
			lines.add(message(locale, "calendar.event.online", training.onlineLink()));
		}
		if (!training.seats().isEmpty()) {
			String seats = training.seats()
				.stream()
				.map(seat -> seat(training, seat, names, locale))
				.collect(Collectors.joining("; "));
			lines.add(message(locale, "calendar.event.seats", seats));
		}
		lines.add(message(locale, "calendar.event.page", url));
		return String.join("\n", lines);
	}

	private String title(FeedTraining training, Names names, Locale locale) {
		return message(locale, "calendar.event.summary", names.program(training), names.chapter(training));
	}

	private String seat(FeedTraining training, Seat seat, Names names, Locale locale) {
		return switch (seat.post()) {
			case LEAD_TRAINER -> message(locale, "calendar.seat.leadTrainer");
			case COACH -> message(locale, "calendar.seat.coach");
			case MODULE -> message(locale, "calendar.seat.module", names.module(training, seat.moduleKey()));
			case DAY_OF_ROLE -> message(locale, "calendar.seat.dayOfRole", names.dayOfRole(training, seat.dayOfRoleId()));
		};
	}

	private static Status status(TrainingStatus status) {
		return switch (status) {
			case DRAFT -> Status.TENTATIVE;
			case CANCELLED -> Status.CANCELLED;
			case SCHEDULED, COMPLETED -> Status.CONFIRMED;
		};
	}

	private Names names(List<FeedTraining> shown) {
		Map<UUID, ChapterView> chapterById = chapters.all()
			.stream()
			.collect(Collectors.toMap(ChapterView::id, Function.identity()));
		Map<UUID, String> programNames = programs.list(false)
			.stream()
			.collect(Collectors.toMap(ProgramSummary::programId, ProgramSummary::name));
		// Seat titles come from the pinned versions: one read per version that a titled seat needs.
		Map<UUID, CurriculumView> versions = new HashMap<>();
		shown.stream()
			.filter(training -> training.seats().stream().anyMatch(seat -> seat.moduleKey() != null
					|| seat.dayOfRoleId() != null))
			.map(FeedTraining::programVersionId)
			.distinct()
			.forEach(id -> programs.version(id).ifPresent(version -> versions.put(id, version)));
		return new Names(chapterById, programNames, versions);
	}

	private String message(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** {@code story-of-self-2026-04-20.ics}: the program's name in plain letters, and the first day. */
	static String fileName(String programName, LocalDate firstDay) {
		String plain = Normalizer.normalize(programName, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return (plain.isEmpty() ? "training" : plain) + "-" + firstDay + ".ics";
	}

	private LocalDate since() {
		return LocalDate.now(clock).minus(HISTORY);
	}

	/** What the calendars name: chapters (with their zones), programs, and seats in the pinned versions. */
	private record Names(Map<UUID, ChapterView> chapters, Map<UUID, String> programs,
			Map<UUID, CurriculumView> versions) {

		ZoneId zone(FeedTraining training) {
			return chapters.get(training.chapterId()).zone();
		}

		String chapter(FeedTraining training) {
			return chapters.get(training.chapterId()).name();
		}

		String program(FeedTraining training) {
			return programs.getOrDefault(training.programId(), "");
		}

		String module(FeedTraining training, UUID moduleKey) {
			return Optional.ofNullable(versions.get(training.programVersionId()))
				.flatMap(version -> version.modules().stream().filter(module -> module.key().equals(moduleKey)).findFirst())
				.map(ModuleView::title)
				.orElse("");
		}

		String dayOfRole(FeedTraining training, UUID dayOfRoleId) {
			return Optional.ofNullable(versions.get(training.programVersionId()))
				.flatMap(version -> version.roleNeeds()
					.stream()
					.filter(need -> need.dayOfRoleId().equals(dayOfRoleId))
					.findFirst())
				.map(RoleNeedView::name)
				.orElse("");
		}

	}

}
