package org.liminal.coaching.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.coaching.Coachees;
import org.liminal.coaching.RehearsalMatrices;
import org.liminal.coaching.RehearsalMatrix;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.PageFragment;
import org.liminal.trainings.TrainingPageSection;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingView;
import org.springframework.stereotype.Component;

/**
 * The rehearsal matrix on the training page: each module against its presenters, run through or not, signed off
 * or not. Shown to those who see the training's run-throughs. Verdicts themselves are feedback, so only those who
 * may read the presenter's feedback see which verdict it was; the rest of the team sees "signed off" or "not yet".
 */
@Component
class RehearsalSection implements TrainingPageSection {

	/** After the team, before the checklist. */
	static final int ORDER = 90;

	private final RehearsalMatrices matrices;

	private final Coachees coachees;

	private final RunThroughAccess access;

	RehearsalSection(RehearsalMatrices matrices, Coachees coachees, RunThroughAccess access) {
		this.matrices = matrices;
		this.coachees = coachees;
		this.access = access;
	}

	@Override
	public Optional<PageFragment> section(TrainingView training, CurrentMembership current,
			MemberPrincipal principal) {
		UUID me = principal.accountId();
		if (training.status() == TrainingStatus.CANCELLED || !access.maySee(current, me, training)) {
			return Optional.empty();
		}
		boolean organizing = current.isOrganizer() || current.isChapterLead() && training.chapter().isLedBy(me);
		RehearsalMatrix matrix = matrices.matrix(training);
		if (matrix.isEmpty()) {
			return Optional.empty();
		}
		Set<UUID> coached = current.isCoach() && !organizing ? coachees.of(me) : Set.of();
		Map<String, Object> model = new HashMap<>();
		model.put("matrix", matrix);
		model.put("rehearsals", matrix.rehearsals());
		model.put("verdictsShownFor", matrix.rows()
			.stream()
			.flatMap(row -> row.cells().stream())
			.filter(RehearsalMatrix.Cell::isStaffed)
			.filter(cell -> organizing || me.equals(cell.presenterId()) || me.equals(cell.coachId())
					|| coached.contains(cell.presenterId()))
			.map(RehearsalMatrix.Cell::presenterId)
			.collect(Collectors.toSet()));
		model.put("mayPlan", training.status().isOpen() && access.mayPlan(current, me, training));
		model.put("mayLog", training.status().isOpen() && access.mayLog(current, me, training));
		return Optional.of(new PageFragment("coaching/rehearsals", "rehearsals", ORDER, model));
	}

}
