package org.liminal.organizations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Long random tokens for URLs that strangers can see (invitations and calendar feeds now; sign-up links
 * later). A token leads to its organization without revealing anything else; only its hash is stored.
 */
@Service
public class PublicLinks {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	PublicLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token of 256 random bits, URL-safe. */
	public static String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Records that a token of the given purpose belongs to the current organization. */
	@Transactional
	public void register(String purpose, String token) {
		jdbc.sql("insert into public_link (token_hash, organization_id, purpose, created_at) values (?, ?, ?, ?)")
			.params(hash(token), TenantContext.requireOrganizationId(), purpose,
					java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	/** Makes a token of the current organization lead nowhere from now on (a replaced calendar address). */
	@Transactional
	public void revoke(String purpose, String token) {
		jdbc.sql("delete from public_link where token_hash = ? and purpose = ? and organization_id = ?")
			.params(hash(token), purpose, TenantContext.requireOrganizationId())
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<UUID> organizationOf(String purpose, String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select organization_id from public_link where token_hash = ? and purpose = ?")
			.params(hash(token), purpose)
			.query(UUID.class)
			.optional();
	}

}
