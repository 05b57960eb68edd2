package org.liminal.trainings.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.liminal.chapters.ChapterView;
import org.liminal.trainings.Trainings;
import org.springframework.stereotype.Component;

/**
 * Which date the training pages count as today. Training dates are local to each chapter, so the pages take
 * the earliest of the chapters' dates: a training still on today somewhere is never listed as past.
 */
@Component
class ChapterToday {

	private final Trainings trainings;

	ChapterToday(Trainings trainings) {
		this.trainings = trainings;
	}

	LocalDate earliest(List<ChapterView> chapters) {
		return chapters.stream()
			.map(chapter -> trainings.today(chapter.zone()))
			.min(Comparator.naturalOrder())
			.orElseGet(() -> trainings.today(ZoneOffset.UTC));
	}

}
