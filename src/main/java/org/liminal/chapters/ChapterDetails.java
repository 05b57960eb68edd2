package org.liminal.chapters;

import java.time.ZoneId;

/**
 * What an organizer writes about a chapter.
 *
 * @param zone the time zone every date and time of the chapter's trainings is read in
 */
public record ChapterDetails(String name, String slug, ZoneId zone, String region, boolean active) {
}
