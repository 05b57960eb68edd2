package org.liminal.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A training's modules against the people presenting them: for each, whether it was run through, and the latest
 * verdict of a coach on this training. Unstaffed module seats show as cells without a presenter.
 */
public record RehearsalMatrix(UUID trainingId, List<Row> rows) {

	public RehearsalMatrix {
		rows = List.copyOf(rows);
	}

	/** One module of the training, in agenda order, with a cell per seat. */
	public record Row(UUID moduleKey, String moduleTitle, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	/**
	 * One presenter of one module.
	 *
	 * @param presenterId {@code null} for a seat nobody holds yet
	 * @param lastRunThrough the date of the latest held run-through they presented the module in, or {@code null}
	 * @param verdict the latest submitted verdict on this training, or {@code null}
	 * @param feedbackId that verdict's feedback, for those allowed to read it
	 */
	public record Cell(UUID presenterId, String presenterName, LocalDate lastRunThrough, Verdict verdict,
			UUID coachId, String coachName, UUID feedbackId) {

		public boolean isStaffed() {
			return presenterId != null;
		}

		public boolean isRunThrough() {
			return lastRunThrough != null;
		}

		public boolean isSignedOff() {
			return verdict != null && verdict.signsOff();
		}

	}

	/** The counts behind readiness. */
	public Rehearsals rehearsals() {
		List<Cell> staffed = rows.stream().flatMap(row -> row.cells().stream()).filter(Cell::isStaffed).toList();
		return new Rehearsals(staffed.size(), (int) staffed.stream().filter(Cell::isRunThrough).count(),
				(int) staffed.stream().filter(Cell::isSignedOff).count());
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

}
