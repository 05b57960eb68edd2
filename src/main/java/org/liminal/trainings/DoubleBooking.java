package org.liminal.trainings;

import java.time.LocalDate;
import java.util.UUID;

import org.liminal.chapters.Person;

/** Someone on this training's team who is also on another open training's team on the same day. */
public record DoubleBooking(Person person, LocalDate date, UUID otherTrainingId, String otherProgramName,
		String otherChapterName) {
}
