package org.liminal.trainings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One day of a training, in the chapter's time zone. The end comes from the program's agenda, so that
 * calendars and double-booking checks see how long the day really is.
 */
@Embeddable
public record TrainingDay(int day, LocalDate date, @Column(name = "starts_at") LocalTime startsAt,
		@Column(name = "ends_at") LocalTime endsAt) {

	public LocalDateTime start() {
		return date.atTime(startsAt);
	}

	public LocalDateTime end() {
		return date.atTime(endsAt);
	}

}
