package org.liminal.dashboards;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a dashboard looks at: a chapter, a program (either {@code null} for all) and a period of first days.
 *
 * @param from the first first day shown, never {@code null}
 * @param to the last first day shown, never {@code null} and not before {@code from}
 */
public record DashboardFilter(UUID chapterId, UUID programId, LocalDate from, LocalDate to) {
}
