package org.liminal.trainings;

/** An iCalendar file to download, with the name to save it under. */
public record CalendarFile(String fileName, String content) {
}
