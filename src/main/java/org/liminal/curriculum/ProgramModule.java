package org.liminal.curriculum;

import java.util.UUID;

/**
 * A module of a program's latest published version, for choosing a module by its key (which stays the same
 * across versions).
 */
public record ProgramModule(UUID programId, String programName, UUID key, String title) {
}
