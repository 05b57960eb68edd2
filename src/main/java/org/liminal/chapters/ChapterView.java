package org.liminal.chapters;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A chapter as pages and other modules read it, with its leads and pool by name.
 *
 * @param version guards concurrent edits of the chapter
 */
public record ChapterView(UUID id, String name, String slug, ZoneId zone, String region, boolean active,
		List<Person> leads, List<Person> pool, long version) {

	public ChapterDetails details() {
		return new ChapterDetails(name, slug, zone, region, active);
	}

	public boolean isLedBy(UUID accountId) {
		return leads.stream().anyMatch(lead -> lead.accountId().equals(accountId));
	}

}
