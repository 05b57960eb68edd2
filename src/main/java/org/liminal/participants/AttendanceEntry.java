package org.liminal.participants;

import java.util.UUID;

/**
 * What staff record for one registration after a training.
 *
 * @param nextStep what the attendee chose, or {@code null} when not (yet) known
 * @param teamId the team they chose to join, when {@code nextStep} is {@link NextStep#TEAM}
 * @param version the registration's version the person saw, for conflicts
 */
public record AttendanceEntry(UUID registrationId, boolean attended, NextStep nextStep, UUID teamId, long version) {
}
