package org.liminal.participants;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone the organization knows, one per email: whoever signed up, walked in or was imported from a list.
 *
 * @param name blank when an imported list had none
 * @param source what first brought them here
 * @param version guards concurrent changes (a merge, an erasure)
 */
public record Person(UUID id, String email, String name, String phone, PersonSource source, Instant createdAt,
		long version) {
}
