package org.liminal.coaching.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.coaching.ReadyVerdicts;
import org.liminal.coaching.RehearsalMatrices;
import org.liminal.coaching.RehearsalMatrix;
import org.liminal.coaching.Verdicts;
import org.liminal.trainings.Post;
import org.liminal.trainings.Seat;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.StaffingNotes;
import org.liminal.trainings.TrainingView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the staffing page says about rehearsals: under each module seat, how far its holder has rehearsed it on
 * this training; next to each candidate, how often coaches found them ready on that module before.
 */
@Component
class RehearsalStaffingNotes implements StaffingNotes {

	private final RehearsalMatrices matrices;

	private final Verdicts verdicts;

	private final MessageSource messages;

	RehearsalStaffingNotes(RehearsalMatrices matrices, Verdicts verdicts, MessageSource messages) {
		this.matrices = matrices;
		this.verdicts = verdicts;
		this.messages = messages;
	}

	@Override
	public Notes notes(TrainingView training, List<UUID> candidates, Locale locale) {
		List<StaffedSeat> moduleSeats = training.seatsOf(Post.MODULE);
		if (moduleSeats.isEmpty()) {
			return Notes.NONE;
		}
		Map<String, String> holders = new HashMap<>();
		RehearsalMatrix matrix = matrices.matrix(training);
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		for (RehearsalMatrix.Row row : matrix.rows()) {
			for (RehearsalMatrix.Cell cell : row.cells()) {
				if (!cell.isStaffed()) {
					continue;
				}
				String note = !cell.isRunThrough() ? message("rehearsals.note.notRunThrough", locale)
						: message(cell.isSignedOff() ? "rehearsals.note.signedOff" : "rehearsals.note.awaiting", locale,
								dates.format(cell.lastRunThrough()));
				moduleSeats.stream()
					.filter(seat -> seat.isFilled() && seat.seat().moduleKey().equals(row.moduleKey())
							&& seat.holder().accountId().equals(cell.presenterId()))
					.forEach(seat -> holders.put(seat.seat().code(), note));
			}
		}
		Map<UUID, Map<UUID, Integer>> readyByModule = new HashMap<>();
		for (ReadyVerdicts ready : verdicts.readyAtLeast(1, candidates)) {
			readyByModule.computeIfAbsent(ready.moduleKey(), key -> new HashMap<>()).put(ready.presenterId(), ready.count());
		}
		Map<String, Map<UUID, String>> byCandidate = new HashMap<>();
		for (StaffedSeat seat : moduleSeats) {
			Seat place = seat.seat();
			Map<UUID, Integer> ready = readyByModule.getOrDefault(place.moduleKey(), Map.of());
			Map<UUID, String> notes = new HashMap<>();
			ready.forEach((person, count) -> notes.put(person, message("rehearsals.note.readyBefore", locale, count)));
			if (!notes.isEmpty()) {
				byCandidate.put(place.code(), notes);
			}
		}
		return new Notes(holders, byCandidate);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
