package org.liminal.preparation.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.liminal.preparation.ChecklistComment;
import org.liminal.preparation.ChecklistItem;

/**
 * A checklist task as pages show it, with its dates written out and its people by name.
 *
 * @param due the due date in the reader's language (a date of the chapter's calendar)
 * @param owner the owner's name; {@code null} when the chapter's leads own it ({@link #forLeads()}) or the owner left
 * @param doneBy who ticked it, by name; {@code null} while open or when they left
 * @param doneAt when it was ticked, in the chapter's zone
 */
record TaskRow(ChecklistItem item, String due, boolean overdue, String owner, String doneBy, String doneAt,
		List<CommentRow> comments) {

	/** A comment with its author by name ({@code null} once they left) and its time in the chapter's zone. */
	record CommentRow(String author, String body, String at) {
	}

	static TaskRow of(ChecklistItem item, List<ChecklistComment> comments, LocalDate today, ZoneId zone,
			People people, Locale locale) {
		return new TaskRow(item, Formats.date(item.dueDate(), locale), item.isOverdue(today), people.name(item.ownerId()),
				people.name(item.doneBy()), item.doneAt() == null ? null : Formats.dateTime(item.doneAt(), zone, locale),
				comments.stream()
					.map(comment -> new CommentRow(people.name(comment.authorId()), comment.body(),
							Formats.dateTime(comment.createdAt(), zone, locale)))
					.toList());
	}

	public boolean forLeads() {
		return item.ownerId() == null;
	}

	/** The anchor of the task on its page, which forms come back to. */
	public String anchor() {
		return "task-" + item.id();
	}

}
