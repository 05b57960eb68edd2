package org.liminal.chapters;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A city or hub that runs trainings: its time zone, its leads and its pool of trainers and coaches. */
@Entity
@Table(name = "chapter")
class Chapter {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	private String slug;

	private String name;

	private String timeZone;

	private String region;

	private boolean active;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "chapter_lead", joinColumns = @JoinColumn(name = "chapter_id"))
	@Column(name = "account_id")
	private Set<UUID> leadAccountIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "chapter_pool_member", joinColumns = @JoinColumn(name = "chapter_id"))
	@Column(name = "account_id")
	private Set<UUID> poolAccountIds = new HashSet<>();

	protected Chapter() {
	}

	Chapter(ChapterDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.createdAt = createdAt;
		change(details);
	}

	void change(ChapterDetails details) {
		this.name = details.name().strip();
		this.slug = details.slug().strip();
		this.timeZone = details.zone().getId();
		this.region = details.region() == null ? "" : details.region().strip();
		this.active = details.active();
	}

	void changeLeads(Set<UUID> accountIds) {
		leadAccountIds.retainAll(accountIds);
		leadAccountIds.addAll(accountIds);
	}

	void changePool(Set<UUID> accountIds) {
		poolAccountIds.retainAll(accountIds);
		poolAccountIds.addAll(accountIds);
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String slug() {
		return slug;
	}

	ZoneId zone() {
		return ZoneId.of(timeZone);
	}

	String region() {
		return region;
	}

	boolean active() {
		return active;
	}

	long version() {
		return version;
	}

	Set<UUID> leadAccountIds() {
		return Set.copyOf(leadAccountIds);
	}

	Set<UUID> poolAccountIds() {
		return Set.copyOf(poolAccountIds);
	}

}
