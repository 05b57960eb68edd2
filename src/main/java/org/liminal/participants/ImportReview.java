package org.liminal.participants;

import java.util.List;

import org.liminal.participants.ImportChange.Kind;

/** What importing a list with a mapping would do: the rows with problems, and each good row's change. */
public record ImportReview(ImportMapping mapping, List<ImportProblem> problems, List<ImportChange> changes) {

	public ImportReview {
		problems = List.copyOf(problems);
		changes = List.copyOf(changes);
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	public long count(Kind kind) {
		return changes.stream().filter(change -> change.kind() == kind).count();
	}

	/** The rows that change someone, for the review to show. */
	public List<ImportChange> visibleChanges() {
		return changes.stream().filter(change -> change.kind() != Kind.SAME).toList();
	}

	/** How many people the import would add, fill in or leave as they are, and how many rows it would skip. */
	public ImportResult result() {
		return new ImportResult((int) count(Kind.ADD), (int) count(Kind.FILL), (int) count(Kind.SAME),
				problems.size());
	}

}
