package org.liminal.trainings.web;

import java.util.Locale;

import org.liminal.trainings.Post;
import org.liminal.trainings.SeatPlan;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a seat is called on the page and in messages: Lead trainer; Story of self (trainer 2); Welcomer. */
@Component("seatLabels")
class SeatLabels {

	private final MessageSource messages;

	SeatLabels(MessageSource messages) {
		this.messages = messages;
	}

	String label(SeatPlan seat, Locale locale) {
		Post post = seat.seat().post();
		return switch (post) {
			case LEAD_TRAINER, COACH -> messages.getMessage(post.messageKey(), null, locale);
			case MODULE -> messages.getMessage("training.seat.module", new Object[] { seat.title(), seat.seat().number() },
					locale);
			case DAY_OF_ROLE -> seat.seat().number() == 1 ? seat.title()
					: messages.getMessage("training.seat.numbered", new Object[] { seat.title(), seat.seat().number() },
							locale);
		};
	}

}
