package org.liminal.organizations;

import java.util.UUID;

public record OrganizationSummary(UUID id, String slug, String name) {
}
