package org.liminal.participants;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of checking someone in at the door.
 *
 * @param already whether someone had checked them in before (nothing changed: {@code by} and {@code at} say who and
 *        when)
 * @param by the welcomer who checked them in
 */
public record CheckIn(Registration registration, boolean already, UUID by, Instant at) {
}
