package org.liminal.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liminal.preparation.DueDates.Due;

class DueDatesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Test
	void withFullLeadTimeEveryTaskKeepsItsOffset() {
		Map<Integer, Due> plan = DueDates.plan(LocalDate.of(2026, 5, 1), List.of(-56, -7, 0, 7), TODAY);

		assertThat(plan).containsEntry(-56, new Due(LocalDate.of(2026, 3, 6), false))
			.containsEntry(-7, new Due(LocalDate.of(2026, 4, 24), false))
			.containsEntry(0, new Due(LocalDate.of(2026, 5, 1), false))
			.containsEntry(7, new Due(LocalDate.of(2026, 5, 8), false));
	}

	@Test
	void lateTasksAreSpreadFromTodayToTheNextTaskInTheirOrder() {
		// 19 days ahead: -56 … -21 would be late; -14 falls on 6 March.
		LocalDate firstDay = LocalDate.of(2026, 3, 20);

		Map<Integer, Due> plan = DueDates.plan(firstDay, List.of(-56, -49, -42, -35, -28, -21, -14, -7), TODAY);

		assertThat(plan.get(-56)).isEqualTo(new Due(TODAY, true));
		assertThat(plan.get(-49)).isEqualTo(new Due(TODAY, true));
		assertThat(plan.get(-42)).isEqualTo(new Due(TODAY.plusDays(1), true));
		assertThat(plan.get(-35)).isEqualTo(new Due(TODAY.plusDays(2), true));
		assertThat(plan.get(-28)).isEqualTo(new Due(TODAY.plusDays(3), true));
		assertThat(plan.get(-21)).isEqualTo(new Due(TODAY.plusDays(4), true));
		assertThat(plan.get(-14)).isEqualTo(new Due(LocalDate.of(2026, 3, 6), false));
		assertThat(plan.values()).allSatisfy(due -> assertThat(due.date()).isAfterOrEqualTo(TODAY));
	}

	@Test
	void aTaskDueTodayIsNotLateAndTasksSharingAnOffsetShareADate() {
		LocalDate firstDay = TODAY.plusDays(14);

		Map<Integer, Due> plan = DueDates.plan(firstDay, List.of(-49, -49, -14, 0), TODAY);

		assertThat(plan).hasSize(3);
		assertThat(plan.get(-49)).isEqualTo(new Due(TODAY, true));
		assertThat(plan.get(-14)).isEqualTo(new Due(TODAY, false));
	}

	@Test
	void whenEveryTaskIsLateTheyAreAllDueToday() {
		Map<Integer, Due> plan = DueDates.plan(TODAY.minusDays(30), List.of(-7, 2), TODAY);

		assertThat(plan.values()).containsOnly(new Due(TODAY, true));
	}

}
