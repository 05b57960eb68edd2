package org.liminal.pathway;

import java.util.UUID;

/** How many people hold a qualification kind now: one step of the pathway. */
public record KindHolders(UUID kindId, String name, BadgeColour colour, int holders) {
}
