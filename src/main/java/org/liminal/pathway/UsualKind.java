package org.liminal.pathway;

import java.util.Locale;

/**
 * The five kinds most organizations recognize, offered to organizers ready-made ("add the usual kinds"), named in
 * the organizer's language.
 */
enum UsualKind {

	CORE_TRAINING(BadgeColour.TEAL, KindScope.GENERAL, null),
	DAY_OF_VOLUNTEER(BadgeColour.GOLD, KindScope.GENERAL, null),
	MODULE_TRAINER(BadgeColour.BLUE, KindScope.MODULE, 2),
	LEAD_TRAINER(BadgeColour.PURPLE, KindScope.GENERAL, null),
	COACH(BadgeColour.ROSE, KindScope.GENERAL, null);

	private final BadgeColour colour;

	private final KindScope scope;

	private final Integer readyVerdicts;

	UsualKind(BadgeColour colour, KindScope scope, Integer readyVerdicts) {
		this.colour = colour;
		this.scope = scope;
		this.readyVerdicts = readyVerdicts;
	}

	BadgeColour colour() {
		return colour;
	}

	KindScope scope() {
		return scope;
	}

	Integer readyVerdicts() {
		return readyVerdicts;
	}

	/** The prefix of its name and description in the messages: {@code pathway.usual.module_trainer.}. */
	String messagePrefix() {
		return "pathway.usual." + name().toLowerCase(Locale.ROOT) + ".";
	}

}
