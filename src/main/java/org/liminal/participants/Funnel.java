package org.liminal.participants;

/**
 * Where the people who signed up for held trainings went: the absorption funnel. Each stage counts registrations
 * (one per person and training), cancelled ones left out.
 *
 * @param signedUp registered for one of the trainings (a seat or the waitlist, walk-ins included)
 * @param attended were there
 * @param choseNextStep left with a next step recorded (including "not now")
 * @param joinedTeam chose one of the chapter's teams
 * @param dayOfVolunteers offered to help on a training day
 * @param upgradeTraining asked for an upgrade training (the way to training others)
 */
public record Funnel(int signedUp, int attended, int choseNextStep, int joinedTeam, int dayOfVolunteers,
		int upgradeTraining) {
}
