package org.liminal.participants;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which people the directory shows; every part is optional ({@code null} means any).
 * <p>
 * Program, period and stage look at held trainings, as the dashboard's funnel does: with any of them, a person is
 * shown when one of their registrations is at that stage ({@link FunnelStage#SIGNED_UP} when none is given) for a
 * completed training of the program (and of the chapter, when one is given) whose first day falls in the period.
 * The funnel counts registrations, so a person behind two of them is counted twice there and listed once here.
 *
 * @param search part of a name or an email address
 * @param chapterId people registered for a training of this chapter
 * @param attended people who attended a training at least once ({@code true}) or never ({@code false})
 * @param nextStep people who chose this next step after a training
 * @param programId people of held trainings of this program
 * @param heldFrom people of held trainings whose first day is on or after this date
 * @param heldTo people of held trainings whose first day is on or before this date
 * @param stage people at this stage of the funnel at a held training
 */
public record PeopleFilter(String search, UUID chapterId, Boolean attended, NextStep nextStep, UUID programId,
		LocalDate heldFrom, LocalDate heldTo, FunnelStage stage) {

	public PeopleFilter(String search, UUID chapterId, Boolean attended, NextStep nextStep) {
		this(search, chapterId, attended, nextStep, null, null, null, null);
	}

	public static PeopleFilter any() {
		return new PeopleFilter(null, null, null, null);
	}

	/** Whether the filter looks at held trainings: program, period or stage. */
	public boolean atHeldTrainings() {
		return programId != null || heldFrom != null || heldTo != null || stage != null;
	}

}
