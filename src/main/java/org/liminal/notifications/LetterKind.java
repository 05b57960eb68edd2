package org.liminal.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a letter is for, which decides whether its recipient may turn such letters off. */
public enum LetterKind {

	/** A regular summary (the daily preparation digest): members may turn it off. */
	DIGEST(true, true),

	/** Something needs attention now (a training at risk): always sent. */
	ALERT(false, true),

	/** A reminder to a participant, who has no account: unsubscribing comes with the participants module. */
	PARTICIPANT_REMINDER(true, false),

	/** Part of something the person did or asked for: always sent. */
	TRANSACTIONAL(false, true);

	private final boolean optional;

	private final boolean forMembers;

	LetterKind(boolean optional, boolean forMembers) {
		this.optional = optional;
		this.forMembers = forMembers;
	}

	/** Whether a recipient may turn letters of this kind off. */
	public boolean optional() {
		return optional;
	}

	/** The kinds a member chooses on their notifications page. */
	public static List<LetterKind> memberChoices() {
		return Arrays.stream(values()).filter(kind -> kind.optional && kind.forMembers).toList();
	}

	/** The key of the kind's name; its description is under {@code <key>.description}. */
	public String messageKey() {
		return "letterKind." + name().toLowerCase(Locale.ROOT);
	}

}
