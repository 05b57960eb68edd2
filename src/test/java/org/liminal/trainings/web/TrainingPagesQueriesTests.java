package org.liminal.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liminal.QueryCounter;
import org.liminal.SignIn;
import org.springframework.mock.web.MockHttpSession;

/** The list and the calendar cost the same number of queries for 3 trainings as for 30. */
class TrainingPagesQueriesTests extends TrainingPagesTest {

	@Test
	void theListAndTheCalendarLoadInABoundedNumberOfQueries() throws Exception {
		MockHttpSession session = SignIn.as(mvc, ana.email());
		scheduleInApril(3);
		int listOfThree = queries("/trainings?from=2026-04-01", session);
		int calendarOfThree = queries("/trainings/calendar?month=2026-04", session);

		scheduleInApril(27);
		int listOfThirty = queries("/trainings?from=2026-04-01", session);
		int calendarOfThirty = queries("/trainings/calendar?month=2026-04", session);

		assertThat(listOfThirty).isEqualTo(listOfThree);
		assertThat(calendarOfThirty).isEqualTo(calendarOfThree);
		// Tenant resolution, the layout, chapters, programs, the count, the rows (and the days): twenty at most; the
		// list's readiness lights add the checklists' progress and the teams, with each program version's seats, and
		// the rehearsals (teams, run-throughs, verdicts), and the registrations against the seats.
		assertThat(listOfThree).isLessThanOrEqualTo(29);
		assertThat(calendarOfThree).isLessThanOrEqualTo(20);
	}

	private void scheduleInApril(int count) {
		for (int i = 0; i < count; i++) {
			scheduled(LocalDate.of(2026, 4, 1 + i % 28));
		}
	}

	private int queries(String pathAndQuery, MockHttpSession session) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path(pathAndQuery)).session(session)).andExpect(status().isOk());
		return QueryCounter.count();
	}

}
