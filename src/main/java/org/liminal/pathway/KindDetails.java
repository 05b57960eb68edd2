package org.liminal.pathway;

import java.util.UUID;

/**
 * What an organizer writes about a kind of qualification.
 *
 * @param programId the program whose completed trainings grant it to their attendees (GENERAL kinds only), or null
 * @param validityMonths how long a grant lasts, or null for ever
 * @param readyVerdicts suggest it to coaches after this many READY verdicts on a module (MODULE kinds only), or null
 */
public record KindDetails(String name, String description, BadgeColour colour, KindScope scope, UUID programId,
		Integer validityMonths, Integer readyVerdicts) {
}
