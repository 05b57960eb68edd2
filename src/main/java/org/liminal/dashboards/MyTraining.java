package org.liminal.dashboards;

import java.util.List;
import java.util.UUID;

import org.liminal.coaching.PresenterRehearsal.Stage;
import org.liminal.trainings.Post;
import org.liminal.trainings.TrainingSummary;

/** A training someone is on the team of, with the seats they hold there. */
public record MyTraining(TrainingSummary training, List<Seat> seats) {

	public MyTraining {
		seats = List.copyOf(seats);
	}

	/**
	 * A seat they hold.
	 *
	 * @param title the module's title or the day-of role's name; {@code null} for the lead trainer and coach
	 * @param moduleId the module in the pinned version, whose facilitation guide they prepare
	 * @param rehearsal where they stand with the module; {@code null} for seats other than a module's
	 */
	public record Seat(Post post, String title, UUID moduleId, Stage rehearsal) {

		public String postKey() {
			return post.messageKey();
		}

		public boolean isModule() {
			return post == Post.MODULE && moduleId != null;
		}

	}

}
