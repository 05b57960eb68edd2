package org.liminal.accounts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who can sign in. Global: one account may belong to several organizations. */
@Entity
@Table(name = "account")
class Account {

	@Id
	private UUID id;

	private String email;

	private String displayName;

	private String passwordHash;

	private boolean enabled;

	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = Emails.normalize(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	AccountSummary summary() {
		return new AccountSummary(id, email, displayName);
	}

}
