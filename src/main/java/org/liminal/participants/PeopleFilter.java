package org.liminal.participants;

import java.util.UUID;

/**
 * Which people the directory shows; every part is optional ({@code null} means any).
 *
 * @param search part of a name or an email address
 * @param chapterId people registered for a training of this chapter
 * @param attended people who attended a training at least once ({@code true}) or never ({@code false})
 * @param nextStep people who chose this next step after a training
 */
public record PeopleFilter(String search, UUID chapterId, Boolean attended, NextStep nextStep) {

	public static PeopleFilter any() {
		return new PeopleFilter(null, null, null, null);
	}

}
