package org.liminal.coaching.web;

/**
 * Planned against actual minutes, as the pages show it: how far over or under, in minutes and percent, with a class
 * that marks it (the words say it too, so colour is never the only sign).
 *
 * @param minutes how far off, never negative (the message says over or under)
 */
record Timing(String cssClass, String messageKey, int minutes, int percent) {

	static Timing of(int planned, Integer actual) {
		if (actual == null) {
			return new Timing("timing-none", "runThrough.timing.notTimed", 0, 0);
		}
		int difference = actual - planned;
		int percent = Math.round(100f * Math.abs(difference) / planned);
		if (difference > 0) {
			return new Timing("timing-over", "runThrough.timing.over", difference, percent);
		}
		if (difference < 0) {
			return new Timing("timing-under", "runThrough.timing.under", -difference, percent);
		}
		return new Timing("timing-on-time", "runThrough.timing.onTime", 0, 0);
	}

}
