package org.liminal.curriculum;

import java.time.LocalTime;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Arranging the draft's agenda: modules and breaks per day, their order, and when each day starts. */
@Service
public class DraftAgenda {

	private final Drafts drafts;

	DraftAgenda(Drafts drafts) {
		this.drafts = drafts;
	}

	@Transactional
	public UUID addModule(UUID programId, int day, UUID moduleId) {
		return drafts.require(programId).addToAgenda(day, moduleId).id();
	}

	@Transactional
	public UUID addBreak(UUID programId, int day, String title, int minutes) {
		return drafts.require(programId).addBreak(day, title, minutes).id();
	}

	/** One place earlier; the first item of a day goes to the end of the day before. */
	@Transactional
	public void moveEarlier(UUID programId, UUID itemId) {
		drafts.require(programId).moveEarlier(itemId);
	}

	/** One place later; the last item of a day goes to the start of the next day. */
	@Transactional
	public void moveLater(UUID programId, UUID itemId) {
		drafts.require(programId).moveLater(itemId);
	}

	/** To a place (counted from 1) of a day, as drag and drop asks. */
	@Transactional
	public void moveTo(UUID programId, UUID itemId, int day, int place) {
		drafts.require(programId).moveTo(itemId, day, place);
	}

	@Transactional
	public void remove(UUID programId, UUID itemId) {
		drafts.require(programId).removeFromAgenda(itemId);
	}

	@Transactional
	public void changeNotes(UUID programId, UUID itemId, String notes) {
		drafts.require(programId).agendaItem(itemId).changeNotes(notes);
	}

	@Transactional
	public void changeDayStart(UUID programId, int day, LocalTime start) {
		drafts.require(programId).changeDayStart(day, start);
	}

}
