package org.liminal.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liminal.trainings.Seat;
import org.liminal.trainings.SeatPlan;
import org.liminal.trainings.StaffingPlan;

/** Trainers and coaches see the trainings they are on the team of, with the guides of their modules. */
class MyTrainingsPagesTests extends TrainingPagesTest {

	@Test
	void showsOnlyMyTrainingsWithMySeatsAndTheGuidesOfThePinnedVersion() throws Exception {
		UUID mine = scheduled(LocalDate.of(2026, 4, 20));
		UUID bens = scheduled(LocalDate.of(2026, 3, 21));
		UUID cancelled = scheduled(LocalDate.of(2026, 5, 4));
		SeatPlan story = plan(mine).seats().get(2);
		staff(mine, Map.of(Seat.leadTrainer(), ana.accountId(), story.seat(), ana.accountId(), Seat.coach(),
				coach.accountId()));
		staff(bens, Map.of(Seat.leadTrainer(), ben.accountId()));
		staff(cancelled, Map.of(Seat.leadTrainer(), ana.accountId()));
		cancel(cancelled);

		String body = page("/my-trainings", ana);

		assertThat(linkedTrainings(body)).containsOnly(mine);
		assertThat(body).contains("Lead trainer", "Story of self", "Apr 20, 2026, 10:00–10:45")
			.contains("href=\"/" + organization.slug() + "/programs/" + programId + "/versions/1/modules/"
					+ story.moduleId() + "\"")
			.contains("Facilitation guide")
			.doesNotContain("Theory of change");
		assertThat(linkedTrainings(page("/my-trainings", coach))).containsOnly(mine);
	}

	@Test
	void upcomingTrainingsComeFirstThenThoseHeldLately() throws Exception {
		UUID held = held(LocalDate.of(2026, 2, 20));
		UUID longAgo = held(LocalDate.of(2026, 1, 5));
		UUID next = scheduled(LocalDate.of(2026, 3, 21));
		for (UUID training : new UUID[] { held, longAgo, next }) {
			staff(training, Map.of(Seat.leadTrainer(), ana.accountId()));
		}

		String body = page("/my-trainings", ana);

		assertThat(linkedTrainings(body)).containsSubsequence(next, held).doesNotContain(longAgo);
		assertThat(body.indexOf("Coming up")).isLessThan(body.indexOf("Held in the last 30 days"));
	}

	@Test
	void withoutTrainingsThePageSaysWhatWillShowHere() throws Exception {
		String body = page("/my-trainings", ben);

		assertThat(linkedTrainings(body)).isEmpty();
		assertThat(body).contains("You are not on the team of any training yet.",
				"When a chapter lead puts you on a training");
	}

	private StaffingPlan plan(UUID trainingId) {
		return as(() -> trainings.staffingPlan(trainingId));
	}

	private void staff(UUID trainingId, Map<Seat, UUID> team) {
		as(() -> trainings.staff(trainingId, team, trainings.training(trainingId).version()));
	}

}
