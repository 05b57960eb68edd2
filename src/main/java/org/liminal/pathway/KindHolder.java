package org.liminal.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Someone who holds a kind of qualification now, once however many modules they hold it for.
 *
 * @param accountId their account, for their profile; null for someone without one
 * @param modules the titles of the modules they hold it for, by title; empty for a kind held once
 * @param grantedOn the day of their first current grant
 * @param expiresOn the soonest day one of their current grants expires, or null when none does
 * @param sources every way their current grants were earned, in the order of {@link GrantSource}
 */
public record KindHolder(String name, UUID accountId, List<String> modules, LocalDate grantedOn, LocalDate expiresOn,
		List<GrantSource> sources) {

	public KindHolder {
		modules = List.copyOf(modules);
		sources = List.copyOf(sources);
	}

}
