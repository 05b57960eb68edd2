package org.liminal.pathway;

import java.util.UUID;

/**
 * What a coach or organizer grants someone.
 *
 * @param moduleKey the module, for per-module kinds; ignored for general ones
 */
public record NewGrant(UUID kindId, UUID moduleKey, Evidence evidence) {
}
