package org.liminal.trainings;

import java.util.Objects;
import java.util.UUID;

/**
 * One place on a training's team: the lead trainer, the coach, the n-th trainer of a module (by the module's
 * key, which stays the same across curriculum versions) or the n-th person of a day-of role.
 */
public record Seat(Post post, UUID moduleKey, UUID dayOfRoleId, int number) {

	public Seat {
		Objects.requireNonNull(post);
		if ((post == Post.MODULE) != (moduleKey != null) || (post == Post.DAY_OF_ROLE) != (dayOfRoleId != null)) {
			throw new IllegalArgumentException("A module seat names a module, a day-of role seat a role: " + post);
		}
		if (number < 1) {
			throw new IllegalArgumentException("Seats are numbered from 1");
		}
	}

	public static Seat leadTrainer() {
		return new Seat(Post.LEAD_TRAINER, null, null, 1);
	}

	public static Seat coach() {
		return new Seat(Post.COACH, null, null, 1);
	}

	public static Seat module(UUID moduleKey, int number) {
		return new Seat(Post.MODULE, moduleKey, null, number);
	}

	public static Seat dayOfRole(UUID dayOfRoleId, int number) {
		return new Seat(Post.DAY_OF_ROLE, null, dayOfRoleId, number);
	}

	/** A stable text form for form fields: {@code MODULE:key:2}. */
	public String code() {
		return post + ":" + (moduleKey != null ? moduleKey : dayOfRoleId != null ? dayOfRoleId : "") + ":" + number;
	}

	public static Seat ofCode(String code) {
		String[] parts = code.split(":", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("Not a seat: " + code);
		}
		Post post = Post.valueOf(parts[0]);
		UUID id = parts[1].isEmpty() ? null : UUID.fromString(parts[1]);
		int number = Integer.parseInt(parts[2]);
		return new Seat(post, post == Post.MODULE ? id : null, post == Post.DAY_OF_ROLE ? id : null, number);
	}

}
