package org.liminal.pathway;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds kinds of qualification, run-throughs and coaches' verdicts for pathway tests, each in its organization's
 * tenant context. Run-throughs and feedback are written as rows: the pathway only reads them, through coaching's
 * verdict counts.
 */
@Component
public class PathwayFixtures {

	private final QualificationKinds kinds;

	private final Programs programs;

	private final JdbcTemplate jdbc;

	/** Each verdict a second after the previous one, so that "the latest" is always the last one written. */
	private Instant submittedAt = Instant.parse("2026-01-01T12:00:00Z");

	PathwayFixtures(QualificationKinds kinds, Programs programs, DataSource dataSource) {
		this.kinds = kinds;
		this.programs = programs;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public static KindDetails general(String name) {
		return new KindDetails(name, "What " + name + " means", BadgeColour.PURPLE, KindScope.GENERAL, null, null, null);
	}

	public static KindDetails perModule(String name, Integer readyVerdicts) {
		return new KindDetails(name, "", BadgeColour.BLUE, KindScope.MODULE, null, null, readyVerdicts);
	}

	public UUID kind(OrganizationSummary organization, KindDetails details) {
		return TenantContext.callAsOrganization(organization.id(), () -> kinds.create(details));
	}

	/** The key of the program's first module in its latest published version. */
	public UUID firstModuleKey(OrganizationSummary organization, UUID programId) {
		return TenantContext.callAsOrganization(organization.id(),
				() -> programs.latestPublished(programId).orElseThrow().modules().get(0).key());
	}

	public UUID heldRunThrough(OrganizationSummary organization, UUID trainingId, LocalDate on) {
		UUID id = UUID.randomUUID();
		TenantContext.runAsOrganization(organization.id(), () -> jdbc.update("""
				insert into run_through (id, organization_id, training_id, status, run_on, format, created_at, logged_at)
				values (?, ?, ?, 'HELD', ?, 'IN_PERSON', now(), now())""", id, organization.id(), trainingId, on));
		return id;
	}

	/** A coach's submitted READY verdict on a presenter's module, on a run-through (or the training when null). */
	public UUID readyVerdict(OrganizationSummary organization, UUID trainingId, UUID runThroughId, UUID moduleKey,
			UUID presenterId, UUID coachId) {
		return verdict(organization, trainingId, runThroughId, moduleKey, presenterId, coachId, "READY");
	}

	public UUID verdict(OrganizationSummary organization, UUID trainingId, UUID runThroughId, UUID moduleKey,
			UUID presenterId, UUID coachId, String verdict) {
		UUID id = UUID.randomUUID();
		submittedAt = submittedAt.plusSeconds(1);
		Timestamp at = Timestamp.from(submittedAt);
		TenantContext.runAsOrganization(organization.id(), () -> jdbc.update("""
				insert into feedback (id, organization_id, training_id, run_through_id, module_key, presenter_id,
				                      coach_id, status, verdict, created_at, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?)""", id, organization.id(), trainingId, runThroughId,
				moduleKey, presenterId, coachId, verdict, at, at));
		return id;
	}

}
