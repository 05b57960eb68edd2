package org.liminal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The day-of roles a draft needs change in place: more people, a role dropped, a role added, all at once. */
@SpringBootTest
@Import({ Fixtures.class, CurriculumFixtures.class })
class DraftRoleNeedsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	Programs programs;

	@Autowired
	DraftRoleNeeds roleNeeds;

	@Autowired
	DayOfRoles dayOfRoles;

	OrganizationSummary organization;

	@BeforeEach
	void anOrganization() {
		organization = fixtures.organization("roleneeds");
	}

	@Test
	void keptRolesChangeTheirNumbersWhileOthersAreDroppedOrAdded() {
		UUID programId = curriculum.draftProgram(organization, "Core training");
		UUID supporter = as(() -> dayOfRoles.create(new RoleCard("Participant supporter", "Looks after people", "", "", "")));
		CurriculumView draft = as(() -> programs.draft(programId));
		Map<UUID, Integer> needs = new LinkedHashMap<>();
		for (RoleNeedView need : draft.roleNeeds()) {
			needs.put(need.dayOfRoleId(), switch (need.name()) {
				case "Welcomer" -> 3;
				case "Fun captain" -> 0;
				default -> need.people();
			});
		}
		needs.put(supporter, 1);

		as(() -> {
			roleNeeds.change(programId, needs, draft.version());
			return null;
		});

		assertThat(as(() -> programs.draft(programId)).roleNeeds()).extracting(RoleNeedView::name, RoleNeedView::people)
			.containsExactly(tuple("Participant supporter", 1), tuple("Timekeeper", 1), tuple("Welcomer", 3));
	}

	@Test
	void aNewDraftCarriesTheChangedNeedsOfThePublishedVersion() {
		UUID programId = curriculum.publishedProgram(organization, "Strategy upgrade");
		as(() -> {
			programs.startDraft(programId);
			CurriculumView draft = programs.draft(programId);
			Map<UUID, Integer> needs = new LinkedHashMap<>();
			draft.roleNeeds().forEach(need -> needs.put(need.dayOfRoleId(), need.people() + 1));
			roleNeeds.change(programId, needs, draft.version());
			programs.publish(programId, programs.draft(programId).version());
			return null;
		});

		assertThat(as(() -> programs.published(programId, 1)).roleNeeds()).extracting(RoleNeedView::people)
			.containsOnly(1);
		assertThat(as(() -> programs.published(programId, 2)).roleNeeds()).extracting(RoleNeedView::people)
			.containsOnly(2);
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
