package org.liminal.trainings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liminal.Fixtures;
import org.liminal.chapters.ChapterDetails;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.stereotype.Component;

/** Builds chapters and trainings for tests, each in its organization's tenant context. */
@Component
public class TrainingFixtures {

	private final Chapters chapters;

	private final Trainings trainings;

	private final Programs programs;

	TrainingFixtures(Chapters chapters, Trainings trainings, Programs programs) {
		this.chapters = chapters;
		this.trainings = trainings;
		this.programs = programs;
	}

	public static TrainingDetails details() {
		return new TrainingDetails("12 Main St, Springfield", "", 30, "en", true, "Bring water");
	}

	/** An active chapter with the given leads and pool (account ids of members who hold the roles). */
	public UUID chapter(OrganizationSummary organization, String zone, Set<UUID> leads, Set<UUID> pool) {
		return TenantContext.callAsOrganization(organization.id(), () -> {
			String slug = Fixtures.unique("chapter");
			UUID chapterId = chapters.create(new ChapterDetails("Chapter " + slug, slug, ZoneId.of(zone), "", true));
			if (!leads.isEmpty() || !pool.isEmpty()) {
				chapters.changePeople(chapterId, leads, pool, chapters.chapter(chapterId).version());
			}
			return chapterId;
		});
	}

	public UUID chapter(OrganizationSummary organization) {
		return chapter(organization, "America/Chicago", Set.of(), Set.of());
	}

	/** A draft training of the program's latest version, starting at 10:00 each day. */
	public UUID draft(OrganizationSummary organization, UUID chapterId, UUID programId, LocalDate firstDay) {
		return TenantContext.callAsOrganization(organization.id(), () -> {
			var version = programs.latestPublished(programId).orElseThrow();
			List<LocalTime> starts = Collections.nCopies(version.details().lengthDays(), LocalTime.of(10, 0));
			return trainings.create(chapterId, version.versionId(), new Dates(firstDay, starts), details());
		});
	}

	/** The same training, scheduled. */
	public UUID scheduled(OrganizationSummary organization, UUID chapterId, UUID programId, LocalDate firstDay) {
		UUID trainingId = draft(organization, chapterId, programId, firstDay);
		TenantContext.runAsOrganization(organization.id(),
				() -> trainings.schedule(trainingId, trainings.training(trainingId).version()));
		return trainingId;
	}

}
