package org.liminal.participants.web;

import java.util.EnumMap;
import java.util.Map;

import org.liminal.participants.FunnelStage;
import org.liminal.participants.NextStep;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The message naming each next step and each stage of the funnel, for the people pages. */
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

	@ModelAttribute("stageKeys")
	Map<FunnelStage, String> stageKeys() {
		Map<FunnelStage, String> keys = new EnumMap<>(FunnelStage.class);
		for (FunnelStage stage : FunnelStage.values()) {
			keys.put(stage, switch (stage) {
				case SIGNED_UP -> "people.stage.signedUp";
				case ATTENDED -> "people.stage.attended";
				case CHOSE_NEXT_STEP -> "people.stage.choseNextStep";
				case JOINED_TEAM -> "people.stage.joinedTeam";
				case DAY_OF_VOLUNTEER -> "people.stage.dayOfVolunteer";
				case UPGRADE_TRAINING -> "people.stage.upgradeTraining";
			});
		}
		return keys;
	}

}
