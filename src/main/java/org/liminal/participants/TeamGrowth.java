package org.liminal.participants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The newcomers one team of a chapter took in from the trainings held in a period.
 *
 * @param newcomers attendees who chose the team as their next step
 * @param latest the first day of the latest training someone joined it from; {@code null} for none
 */
public record TeamGrowth(UUID teamId, String name, int newcomers, LocalDate latest) {
}
