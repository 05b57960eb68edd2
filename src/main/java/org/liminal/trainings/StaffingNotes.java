package org.liminal.trainings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Short notes another module adds to the staffing page, such as how far a seat's holder has rehearsed their
 * module or how often a candidate was found ready on it. Plain text, since they also go into the options of a
 * choice. The page joins the notes of every such bean.
 */
public interface StaffingNotes {

	/**
	 * Notes for the given training.
	 *
	 * @param candidates everyone the page offers for some seat
	 * @return by seat code ({@link Seat#code()}): a note on the seat's current holder, and notes on candidates by
	 *     account id
	 */
	Notes notes(TrainingView training, List<UUID> candidates, Locale locale);

	/** A note per seat about its holder, and per seat per candidate. */
	record Notes(Map<String, String> holders, Map<String, Map<UUID, String>> candidates) {

		public static final Notes NONE = new Notes(Map.of(), Map.of());

	}

}
