package org.liminal.trainings.web;

import java.util.UUID;

import org.liminal.organizations.CurrentMembership;

/** Addresses of training pages and how refusals reach the person, shared by the training controllers. */
final class TrainingPages {

	private TrainingPages() {
	}

	static String trainings(CurrentMembership current) {
		return "/" + current.organization().slug() + "/trainings";
	}

	static String training(CurrentMembership current, UUID trainingId) {
		return trainings(current) + "/" + trainingId;
	}

	static String redirectTo(String path) {
		return "redirect:" + path;
	}

}
