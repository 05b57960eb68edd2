package org.liminal.accounts;

import java.util.UUID;

public record AccountSummary(UUID id, String email, String displayName) {
}
