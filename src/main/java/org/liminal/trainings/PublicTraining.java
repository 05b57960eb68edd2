package org.liminal.trainings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A training as strangers see it on the public pages: what, where and when, never who staffs it nor its
 * online link (which only registered participants receive).
 *
 * @param open whether it is listed on the join page (else it is invite-only: reached by its address alone)
 * @param online whether it runs online (the link itself is not here)
 */
public record PublicTraining(UUID id, UUID chapterId, String chapterName, ZoneId zone, String programName,
		TrainingStatus status, List<TrainingDay> days, String address, boolean online, String language, boolean open,
		int capacity, String signUpToken) {

	public LocalDate firstDay() {
		return days.get(0).date();
	}

	public LocalDate lastDay() {
		return days.get(days.size() - 1).date();
	}

	public boolean isMultiDay() {
		return days.size() > 1;
	}

	/** The training's language, named in the reader's. */
	public String languageName(Locale reader) {
		return Locale.forLanguageTag(language).getDisplayLanguage(reader);
	}

	public boolean isInPerson() {
		return !address.isEmpty();
	}

}
