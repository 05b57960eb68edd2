package org.liminal.preparation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.preparation.ChecklistItem;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.Trainings;

/**
 * The open tasks of one training, earliest due first.
 *
 * @param dates its dates in the reader's language
 * @param overdue how many of them are past their date in the training's chapter
 */
record TrainingTasks(TrainingSummary training, String dates, List<TaskRow> tasks, long overdue) {

	/**
	 * Groups tasks (earliest due first, as the checklists give them) by training, in the order of each
	 * training's earliest task: overdue work first.
	 */
	static List<TrainingTasks> group(List<ChecklistItem> tasks, TrainingFinder finder, Trainings trainings,
			People people, Locale locale) {
		Map<UUID, List<ChecklistItem>> byTraining = new LinkedHashMap<>();
		tasks.forEach(task -> byTraining.computeIfAbsent(task.trainingId(), id -> new ArrayList<>()).add(task));
		Map<UUID, TrainingSummary> summaries = finder.summaries(byTraining.keySet());
		List<TrainingTasks> groups = new ArrayList<>();
		byTraining.forEach((trainingId, items) -> {
			TrainingSummary training = summaries.get(trainingId);
			if (training == null) {
				return;
			}
			LocalDate today = trainings.today(training.zone());
			List<TaskRow> rows = items.stream()
				.map(item -> TaskRow.of(item, List.of(), today, training.zone(), people, locale))
				.toList();
			String dates = training.isMultiDay()
					? Formats.date(training.firstDay(), locale) + " – " + Formats.date(training.lastDay(), locale)
					: Formats.date(training.firstDay(), locale);
			groups.add(new TrainingTasks(training, dates, rows, rows.stream().filter(TaskRow::overdue).count()));
		});
		return groups;
	}

}
