package org.liminal.participants.web;

import java.util.EnumMap;
import java.util.Map;

import org.liminal.participants.NextStep;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The message naming each next step, for the people pages. */
@ControllerAdvice(assignableTypes = { PeopleController.class, MyDataController.class })
class StepLabels {

	@ModelAttribute("stepKeys")
	Map<NextStep, String> stepKeys() {
		Map<NextStep, String> keys = new EnumMap<>(NextStep.class);
		for (NextStep step : NextStep.values()) {
			keys.put(step, switch (step) {
				case TEAM -> "people.nextStep.team";
				case DAY_OF_VOLUNTEER -> "people.nextStep.dayOfVolunteer";
				case UPGRADE_TRAINING -> "people.nextStep.upgradeTraining";
				case NOT_NOW -> "people.nextStep.notNow";
			});
		}
		return keys;
	}

}
