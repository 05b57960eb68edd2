package org.liminal.chapters;

import java.time.ZoneId;
import java.util.UUID;

/** A chapter as pages name it, without its people: for naming trainings and offering chapters to choose from. */
public record ChapterName(UUID id, String name, ZoneId zone, boolean active) {
}
