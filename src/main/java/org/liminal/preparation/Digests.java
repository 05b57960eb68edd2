package org.liminal.preparation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liminal.accounts.Accounts;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.chapters.Person;
import org.liminal.notifications.Letter;
import org.liminal.notifications.LetterKind;
import org.liminal.notifications.Outbox;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each person's one email of the day: the tasks they own (and, for a chapter's leads, those nobody holds yet)
 * that are overdue or due within a week, grouped by training, with links. A person on teams in several chapters
 * still gets one: the letter is keyed by person and date, and covers the whole organization.
 */
@Component
class Digests {

	/** How far ahead a digest looks. */
	static final int DAYS_AHEAD = 7;

	private final Checklists checklists;

	private final Chapters chapters;

	private final TrainingFinder trainings;

	private final Accounts languages;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	Digests(Checklists checklists, Chapters chapters, TrainingFinder trainings, Accounts languages,
			Outbox outbox, JdbcClient jdbc) {
		this.checklists = checklists;
		this.chapters = chapters;
		this.trainings = trainings;
		this.languages = languages;
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	/** A training in a digest, with its tasks. */
	record Group(TrainingSummary training, String path, String firstDay, List<Line> tasks) {
	}

	/** A task in a digest. */
	record Line(String title, String due, boolean overdue, boolean compressed) {
	}

	/**
	 * Queues the digests of everyone with something due soon in this chapter, in the caller's transaction.
	 *
	 * @return how many were queued (none for people who had theirs today, or turned digests off)
	 */
	int send(ChapterView chapter, LocalDate date) {
		Set<UUID> recipients = recipients(chapter, date);
		if (recipients.isEmpty()) {
			return 0;
		}
		Map<UUID, Person> people = new LinkedHashMap<>();
		chapters.people().forEach(person -> people.put(person.accountId(), person));
		Map<UUID, Locale> locales = languages.languagesOf(recipients);
		int sent = 0;
		for (UUID accountId : recipients) {
			Person person = people.get(accountId);
			if (person == null) {
				continue;
			}
			// Which chapters they lead, by a light lookup: loading every chapter's people per recipient made a
			// national organization's daily run quadratic.
			Set<UUID> led = new HashSet<>();
			chapters.namesLedBy(accountId).forEach(ledChapter -> led.add(ledChapter.id()));
			List<ChecklistItem> due = checklists.tasksOf(accountId, led)
				.stream()
				.filter(item -> !item.dueDate().isAfter(date.plusDays(DAYS_AHEAD)))
				.toList();
			if (due.isEmpty()) {
				continue;
			}
			Locale locale = locales.getOrDefault(accountId, Locale.ENGLISH);
			List<Group> groups = groups(due, date, locale);
			long overdue = due.stream().filter(item -> item.dueDate().isBefore(date)).count();
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("name", person.name());
			model.put("date", format(date, locale));
			model.put("groups", groups);
			model.put("overdue", overdue);
			model.put("dueSoon", due.size() - overdue);
			if (outbox.post(new Letter(TenantContext.requireOrganizationId(), accountId, person.email(), locale,
					LetterKind.DIGEST, "preparation/digest", "mail.digest.subject", List.of(due.size(), overdue),
					model, "digest:" + accountId + ":" + date))) {
				sent++;
			}
		}
		return sent;
	}

	private Set<UUID> recipients(ChapterView chapter, LocalDate date) {
		Set<UUID> recipients = new HashSet<>();
		boolean unowned = false;
		for (UUID owner : jdbc.sql("""
				select distinct i.owner_id from checklist_item i join checklist c on c.training_id = i.training_id
				where c.chapter_id = ? and c.state = 'ACTIVE' and i.status = 'OPEN' and i.due_date <= ?""")
			.params(chapter.id(), date.plusDays(DAYS_AHEAD))
			.query((row, number) -> row.getObject(1, UUID.class))
			.list()) {
			if (owner == null) {
				unowned = true;
			}
			else {
				recipients.add(owner);
			}
		}
		if (unowned) {
			chapter.leads().forEach(lead -> recipients.add(lead.accountId()));
		}
		return recipients;
	}

	private List<Group> groups(Collection<ChecklistItem> due, LocalDate date, Locale locale) {
		Map<UUID, TrainingSummary> summaries = trainings.summaries(due.stream().map(ChecklistItem::trainingId).toList());
		Map<UUID, List<Line>> lines = new LinkedHashMap<>();
		for (ChecklistItem item : due) {
			lines.computeIfAbsent(item.trainingId(), id -> new ArrayList<>())
				.add(new Line(item.title(), format(item.dueDate(), locale), item.dueDate().isBefore(date),
						item.compressed()));
		}
		List<Group> groups = new ArrayList<>();
		lines.forEach((trainingId, tasks) -> {
			TrainingSummary training = summaries.get(trainingId);
			if (training != null) {
				groups.add(new Group(training, "/trainings/" + trainingId, format(training.firstDay(), locale), tasks));
			}
		});
		return groups;
	}

	private static String format(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
	}

}
