package org.liminal.participants;

/** What an import did. */
public record ImportResult(int added, int filled, int unchanged, int skipped) {
}
