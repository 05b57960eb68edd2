package org.liminal.curriculum;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.stereotype.Component;

/** Builds programs for tests, each in its organization's tenant context. */
@Component
public class CurriculumFixtures {

	private final Programs programs;

	private final DraftModules modules;

	private final DraftAgenda agenda;

	CurriculumFixtures(Programs programs, DraftModules modules, DraftAgenda agenda) {
		this.programs = programs;
		this.modules = modules;
		this.agenda = agenda;
	}

	public static ProgramDetails details(String name) {
		return new ProgramDetails(name, "What " + name + " is for", PathwayLevel.INITIATION, 1, 30, List.of("en"));
	}

	public static ModuleContent module(String title, int minutes) {
		return new ModuleContent(title, "Why " + title, "Goals of " + title, minutes, 1, "## " + title, true,
				List.of(new Material("Slides", "https://example.org/" + minutes)));
	}

	/** A one-day program with two modules on the agenda, still a draft. */
	public UUID draftProgram(OrganizationSummary organization, String name) {
		return TenantContext.callAsOrganization(organization.id(), () -> {
			UUID programId = programs.create(details(name), Locale.ENGLISH);
			UUID story = modules.add(programId, module("Story of self", 45));
			UUID change = modules.add(programId, module("Theory of change", 60));
			agenda.addModule(programId, 1, story);
			agenda.addModule(programId, 1, change);
			return programId;
		});
	}

	/** The same program, published as version 1. */
	public UUID publishedProgram(OrganizationSummary organization, String name) {
		UUID programId = draftProgram(organization, name);
		TenantContext.runAsOrganization(organization.id(),
				() -> programs.publish(programId, programs.draft(programId).version()));
		return programId;
	}

}
