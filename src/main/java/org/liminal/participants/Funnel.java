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

	public static final Funnel NONE = new Funnel(0, 0, 0, 0, 0, 0);

	/** The two added up, stage by stage. */
	public Funnel plus(Funnel other) {
		return new Funnel(signedUp + other.signedUp, attended + other.attended, choseNextStep + other.choseNextStep,
				joinedTeam + other.joinedTeam, dayOfVolunteers + other.dayOfVolunteers,
				upgradeTraining + other.upgradeTraining);
	}

}
