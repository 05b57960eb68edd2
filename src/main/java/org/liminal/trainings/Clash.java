package org.liminal.trainings;

import org.liminal.chapters.Person;

/** One person asked to hold two seats at the same time; the staffing is refused with these. */
public record Clash(Person person, SeatPlan first, SeatPlan second) {
}
