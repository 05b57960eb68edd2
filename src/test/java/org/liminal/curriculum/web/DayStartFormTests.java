package org.liminal.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

/** A day's start time is read as browsers' time fields send it and as people type it. */
class DayStartFormTests {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void readsHoursAndMinutesWithOrWithoutALeadingZeroOrSeconds() {
		assertThat(start("09:30").time()).isEqualTo(LocalTime.of(9, 30));
		assertThat(start("9:30").time()).isEqualTo(LocalTime.of(9, 30));
		assertThat(start(" 18:05 ").time()).isEqualTo(LocalTime.of(18, 5));
		assertThat(start("07:15:42").time()).isEqualTo(LocalTime.of(7, 15));
	}

	@Test
	void refusesWhatIsNotATimeOfDay() {
		for (String typed : new String[] { "", "25:00", "9.30", "09:60", "nine", "0930", "-1:00" }) {
			assertThat(validator.validate(start(typed))).as(typed).isNotEmpty();
		}
		assertThat(validator.validate(start("23:59"))).isEmpty();
		assertThat(validator.validate(start("0:00"))).isEmpty();
	}

	private static DayStartForm start(String typed) {
		DayStartForm form = new DayStartForm();
		form.setStartsAt(typed);
		return form;
	}

}
