package org.liminal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.TestDatabase;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A program is edited as a draft and published as versions that never change, in the database too. */
@SpringBootTest
@Import({ Fixtures.class, CurriculumFixtures.class })
class ProgramVersionsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	Programs programs;

	@Autowired
	DraftModules modules;

	@Autowired
	DraftAgenda agenda;

	OrganizationSummary organization;

	@BeforeEach
	void anOrganization() {
		organization = fixtures.organization("versions");
	}

	@Test
	void aNewProgramStartsWithTheDefaultChecklistAndDayOfRoles() {
		UUID programId = curriculum.draftProgram(organization, "Core training");

		CurriculumView draft = as(() -> programs.draft(programId));

		assertThat(draft.checklist()).hasSize(DefaultChecklist.ENTRIES.size());
		assertThat(draft.checklist().get(0).title()).isEqualTo("Confirm venue and date");
		assertThat(draft.checklist().get(0).offsetDays()).isEqualTo(-56);
		assertThat(draft.checklist()).anySatisfy(item -> assertThat(item.dayOfRoleName()).isEqualTo("Welcomer"));
		assertThat(draft.roleNeeds()).extracting(RoleNeedView::name)
			.containsExactly("Fun captain", "Timekeeper", "Welcomer");
	}

	@Test
	void agendaTimesFollowFromTheDayStartAndDurations() {
		UUID programId = curriculum.draftProgram(organization, "Timed");
		as(() -> {
			agenda.addBreak(programId, 1, "Lunch", 30);
			agenda.changeDayStart(programId, 1, LocalTime.of(10, 0));
			return null;
		});

		AgendaDay day = as(() -> programs.draft(programId)).agenda().get(0);

		assertThat(day.slots()).extracting(AgendaDay.TimedSlot::startsAt)
			.containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 45), LocalTime.of(11, 45));
		assertThat(day.endsAt()).isEqualTo(LocalTime.of(12, 15));
		assertThat(day.totalMinutes()).isEqualTo(135);
	}

	@Test
	void movingAnItemUpSwapsItWithTheOneBefore() {
		UUID programId = curriculum.draftProgram(organization, "Reordered");
		UUID second = as(() -> programs.draft(programId)).agenda().get(0).slots().get(1).itemId();

		as(() -> {
			agenda.moveEarlier(programId, second);
			return null;
		});

		assertThat(as(() -> programs.draft(programId)).agenda().get(0).slots())
			.extracting(slot -> slot.slot().title())
			.containsExactly("Theory of change", "Story of self");
	}

	@Test
	void publishingFreezesTheDraftAsVersionOneAndANewDraftCopiesIt() {
		UUID programId = curriculum.publishedProgram(organization, "Published");

		as(() -> {
			programs.startDraft(programId);
			return null;
		});
		CurriculumView v1 = as(() -> programs.published(programId, 1));
		CurriculumView draft = as(() -> programs.draft(programId));

		assertThat(v1.number()).isEqualTo(1);
		assertThat(draft.modules()).extracting(ModuleView::key)
			.containsExactlyElementsOf(v1.modules().stream().map(ModuleView::key).toList());
		assertThat(draft.modules().get(0).id()).isNotEqualTo(v1.modules().get(0).id());
		assertThat(draft.agenda().get(0).slots()).hasSize(2);
		assertThat(draft.checklist()).hasSameSizeAs(v1.checklist());
		assertThat(draft.roleNeeds()).isEqualTo(v1.roleNeeds());

		as(() -> programs.publish(programId, draft.version()));
		assertThat(as(() -> programs.overview(programId)).versions()).extracting(ProgramOverview.PublishedVersion::number)
			.containsExactly(2, 1);
	}

	@Test
	void programsAreNamedByTheirLatestPublishedVersionAsTheListNamesThem() {
		UUID published = curriculum.publishedProgram(organization, "Published");
		curriculum.draftProgram(organization, "Never published");

		Map<UUID, String> names = as(programs::names);

		assertThat(names).containsExactly(Map.entry(published, "Published"));
		assertThat(as(() -> programs.list(false))).singleElement()
			.satisfies(listed -> assertThat(names.get(listed.programId())).isEqualTo(listed.name()));
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAPublishedVersion() throws SQLException {
		UUID programId = curriculum.publishedProgram(organization, "Frozen");
		CurriculumView v1 = as(() -> programs.published(programId, 1));

		try (Connection connection = TestDatabase.get().superuserConnection(); Statement sql = connection.createStatement()) {
			assertThatThrownBy(() -> sql.executeUpdate(
					"update program_version set name = 'changed' where id = '" + v1.versionId() + "'"))
				.hasMessageContaining("is published and cannot change");
			assertThatThrownBy(() -> sql.executeUpdate(
					"update curriculum_module set duration_minutes = 5 where id = '" + v1.modules().get(0).id() + "'"))
				.hasMessageContaining("is published and cannot change");
			assertThatThrownBy(() -> sql.executeUpdate(
					"delete from module_material where module_id = '" + v1.modules().get(0).id() + "'"))
				.hasMessageContaining("is published and cannot change");
			assertThatThrownBy(() -> sql.executeUpdate("delete from program where id = '" + programId + "'"))
				.hasMessageContaining("is published and cannot change");
		}
	}

	@Test
	void aModuleEditedOnAStalePageIsRefused() {
		UUID programId = curriculum.draftProgram(organization, "Contested");
		ModuleView module = as(() -> programs.draft(programId)).modules().get(0);
		as(() -> {
			modules.change(programId, module.id(), CurriculumFixtures.module("First edit", 50), module.version());
			return null;
		});

		assertThatThrownBy(() -> as(() -> {
			modules.change(programId, module.id(), CurriculumFixtures.module("Second edit", 55), module.version());
			return null;
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(as(() -> programs.draft(programId)).modules().get(0).title()).isEqualTo("First edit");
	}

	@Test
	void aModuleAddedAndPublishedInOneTransactionIsPublishedWithItsMaterials(
			@Autowired org.springframework.transaction.support.TransactionTemplate transaction) {
		UUID programId = curriculum.draftProgram(organization, "All at once");

		as(() -> transaction.execute(status -> {
			modules.add(programId, CurriculumFixtures.module("Late addition", 30));
			return programs.publish(programId, programs.draft(programId).version());
		}));

		assertThat(as(() -> programs.published(programId, 1)).modules()).last()
			.satisfies(module -> assertThat(module.content().materials()).hasSize(1));
	}

	@Test
	void aRetiredDayOfRoleIsNotGivenNewTasks(@Autowired DraftChecklist checklist, @Autowired DayOfRoles roles) {
		UUID programId = curriculum.draftProgram(organization, "Retired roles");
		UUID welcomer = as(() -> programs.draft(programId)).roleNeeds()
			.stream()
			.filter(need -> need.name().equals("Welcomer"))
			.findFirst()
			.orElseThrow()
			.dayOfRoleId();
		as(() -> {
			roles.retire(welcomer);
			return null;
		});

		assertThatThrownBy(() -> as(() -> checklist.add(programId,
				new ChecklistTask("Greet", "", -1, ResponsibleRole.DAY_OF_ROLE, welcomer))))
			.isInstanceOf(CurriculumChangeRefused.class)
			.hasMessage("checklist.error.responsible");
	}

	@Test
	void publishingWithoutModulesIsRefused() {
		UUID programId = as(() -> programs.create(CurriculumFixtures.details("Empty"), java.util.Locale.ENGLISH));

		assertThatThrownBy(() -> as(() -> programs.publish(programId, programs.draft(programId).version())))
			.isInstanceOf(CurriculumChangeRefused.class)
			.hasMessage("program.error.noModules");
	}

	@Test
	void discardingTheOnlyDraftRemovesTheProgram() {
		UUID programId = curriculum.draftProgram(organization, "Discarded");

		boolean remains = as(() -> programs.discardDraft(programId, programs.draft(programId).version()));

		assertThat(remains).isFalse();
		assertThatThrownBy(() -> as(() -> programs.overview(programId))).isInstanceOf(CurriculumItemNotFound.class);
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
