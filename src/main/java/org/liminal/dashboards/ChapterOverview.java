package org.liminal.dashboards;

import java.util.List;

import org.liminal.coaching.PresenterRehearsal.Stage;
import org.liminal.participants.Funnel;
import org.liminal.participants.TeamGrowth;

/**
 * What the chapter dashboard shows.
 *
 * @param overdue the longest overdue tasks, at most {@link ChapterDashboard#MAX_OVERDUE}
 * @param overdueCount how many tasks are overdue in all
 * @param signUps each upcoming training's registrations, soonest first
 * @param trainers each module presenter of the upcoming trainings, those furthest from delivering first
 * @param held the trainings held in the last {@link ChapterDashboard#HELD_MONTHS} months, latest first
 * @param teams how the chapter's teams grew from those trainings
 */
public record ChapterOverview(Upcoming upcoming, List<OverdueTask> overdue, int overdueCount,
		List<TrainingSignUps> signUps, List<TrainerReadiness> trainers, List<HeldWithFunnel> held,
		List<TeamGrowth> teams) {

	public ChapterOverview {
		overdue = List.copyOf(overdue);
		signUps = List.copyOf(signUps);
		trainers = List.copyOf(trainers);
		held = List.copyOf(held);
		teams = List.copyOf(teams);
	}

	/** How many presenters stand at a stage. */
	public long trainersAt(Stage stage) {
		return trainers.stream().filter(trainer -> trainer.rehearsal().stage() == stage).count();
	}

	/** The people the held trainings brought, summed. */
	public Funnel heldFunnel() {
		return held.stream()
			.map(HeldWithFunnel::funnel)
			.reduce(Funnel.NONE, Funnel::plus);
	}

	public int newcomersToTeams() {
		return teams.stream().mapToInt(TeamGrowth::newcomers).sum();
	}

}
