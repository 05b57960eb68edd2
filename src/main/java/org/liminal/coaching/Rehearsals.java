package org.liminal.coaching;

/**
 * How far a training's team has rehearsed, counted over its module seat holders (one per module and presenter):
 * what readiness, lists and dashboards need from the rehearsal matrix.
 *
 * @param presentations filled module seats, each a module and its presenter
 * @param runThrough those rehearsed in a held run-through of this training
 * @param signedOff those whose latest verdict on this training signs them off
 */
public record Rehearsals(int presentations, int runThrough, int signedOff) {

	public static final Rehearsals NONE = new Rehearsals(0, 0, 0);

	public int notRunThrough() {
		return presentations - runThrough;
	}

	/** Run through but not (yet) signed off: waiting for feedback, or told to rehearse again. */
	public int awaitingSignOff() {
		return Math.max(0, runThrough - signedOff);
	}

	public boolean isComplete() {
		return signedOff == presentations;
	}

	public int percentSignedOff() {
		return presentations == 0 ? 100 : Math.round(100f * signedOff / presentations);
	}

}
