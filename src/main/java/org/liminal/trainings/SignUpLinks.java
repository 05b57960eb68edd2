package org.liminal.trainings;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unguessable token under which each training's public sign-up page lives. Public trainings are listed with
 * theirs; an invite-only training is reached only by whoever was given its address. Tokens are looked up within
 * the current organization, so another organization's token leads nowhere.
 */
@Service
public class SignUpLinks {

	/** Tokens are 64 hex digits; anything else is not looked up at all. */
	private static final int TOKEN_LENGTH = 64;

	private final JdbcClient jdbc;

	SignUpLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The training whose sign-up page the token opens, in the current organization. */
	@Transactional(readOnly = true)
	public Optional<UUID> trainingOf(String token) {
		if (token == null || token.length() != TOKEN_LENGTH) {
			return Optional.empty();
		}
		return jdbc.sql("select id from training where signup_token = ?").param(token).query(UUID.class).optional();
	}

	/** The tokens of the given trainings, in one statement. */
	@Transactional(readOnly = true)
	public Map<UUID, String> tokensOf(Collection<UUID> trainingIds) {
		Map<UUID, String> tokens = new HashMap<>();
		if (trainingIds.isEmpty()) {
			return tokens;
		}
		jdbc.sql("select id, signup_token from training where id = any(?)")
			.param(trainingIds.toArray(UUID[]::new))
			.query((row, number) -> tokens.put(row.getObject("id", UUID.class), row.getString("signup_token")))
			.list();
		return tokens;
	}

}
