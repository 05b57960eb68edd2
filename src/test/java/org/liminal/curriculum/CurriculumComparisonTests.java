package org.liminal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.liminal.curriculum.VersionComparison.BreakChange;
import org.liminal.curriculum.VersionComparison.Change;
import org.liminal.curriculum.VersionComparison.ModuleChange;
import org.liminal.curriculum.VersionComparison.ModuleMove;
import org.liminal.curriculum.VersionComparison.Owner;
import org.liminal.curriculum.VersionComparison.Placement;

/** Comparing two versions of a program, on hand-built views: no database. */
class CurriculumComparisonTests {

	static final UUID STORY = UUID.randomUUID();

	static final UUID CHANGE = UUID.randomUUID();

	static final UUID LAUNCH = UUID.randomUUID();

	static final UUID VENUE = UUID.randomUUID();

	static final UUID WELCOMER = UUID.randomUUID();

	static final UUID TIMEKEEPER = UUID.randomUUID();

	@Test
	void unchangedVersionsHaveNoChanges() {
		VersionComparison comparison = compare(new Version(), new Version());

		assertThat(comparison.isEmpty()).isTrue();
	}

	@Test
	void modulesAddedAndRemovedAreMatchedByKeyNotTitle() {
		Version before = new Version();
		Version after = new Version().withoutModule(STORY).withModule(LAUNCH, module("Team launch", 90));

		VersionComparison comparison = compare(before, after);

		assertThat(comparison.modules().added()).extracting(ModuleView::title).containsExactly("Team launch");
		assertThat(comparison.modules().removed()).extracting(ModuleView::title).containsExactly("Story of self");
		assertThat(comparison.modules().changed()).isEmpty();
	}

	@Test
	void aChangedDurationIsShownBeforeAndAfter() {
		Version after = new Version().changeModule(CHANGE,
				content -> new ModuleContent(content.title(), content.purpose(), content.learningGoals(), 90,
						content.trainersNeeded(), content.guide(), content.runThroughRequired(), content.materials()));

		VersionComparison comparison = compare(new Version(), after);

		ModuleChange change = comparison.modules().changed().get(0);
		assertThat(change.title()).isEqualTo("Theory of change");
		assertThat(change.durationMinutes()).isEqualTo(new Change<>(60, 90));
		assertThat(change.renamed()).isNull();
		assertThat(change.guideChanged()).isFalse();
		assertThat(comparison.modules().added()).isEmpty();
	}

	@Test
	void aRenamedModuleWithNewGuideAndMaterialsIsOneChange() {
		Version after = new Version().changeModule(STORY,
				content -> new ModuleContent("Story of self and us", content.purpose(), content.learningGoals(),
						content.durationMinutes(), 2, "A new guide", false,
						List.of(new Material("Handout", "https://example.org/handout"))));

		ModuleChange change = compare(new Version(), after).modules().changed().get(0);

		assertThat(change.renamed()).isEqualTo(new Change<>("Story of self", "Story of self and us"));
		assertThat(change.trainersNeeded()).isEqualTo(new Change<>(1, 2));
		assertThat(change.guideChanged()).isTrue();
		assertThat(change.runThroughRequired()).isEqualTo(new Change<>(true, false));
		assertThat(change.materialsAdded()).extracting(Material::title).containsExactly("Handout");
		assertThat(change.materialsRemoved()).extracting(Material::title).containsExactly("Slides");
	}

	@Test
	void programDetailsShowOldAndNewValues() {
		Version after = new Version().details(new ProgramDetails("Core training", "New description",
				PathwayLevel.UPGRADE, 2, 40, List.of("en", "es")));

		VersionComparison comparison = compare(new Version(), after);

		assertThat(comparison.details().name()).isNull();
		assertThat(comparison.details().level()).isEqualTo(new Change<>(PathwayLevel.INITIATION, PathwayLevel.UPGRADE));
		assertThat(comparison.details().lengthDays()).isEqualTo(new Change<>(1, 2));
		assertThat(comparison.details().capacity()).isEqualTo(new Change<>(30, 40));
		assertThat(comparison.details().languages()).isEqualTo(new Change<>(List.of("en"), List.of("en", "es")));
	}

	@Test
	void aModuleMovedToAnotherDayIsReportedWithBothDays() {
		Version before = new Version().details(twoDays()).agenda(List.of(STORY, CHANGE), List.of());
		Version after = new Version().details(twoDays()).agenda(List.of(STORY), List.of(CHANGE));

		List<ModuleMove> moves = compare(before, after).agenda().moves();

		assertThat(moves).singleElement().satisfies(move -> {
			assertThat(move.kind()).isEqualTo(ModuleMove.Kind.OTHER_DAY);
			assertThat(move.before()).isEqualTo(new Placement(1, 2));
			assertThat(move.after()).isEqualTo(new Placement(2, 1));
		});
	}

	@Test
	void swappingTwoModulesIsOneReorderButABreakBeforeThemIsNot() {
		Version swapped = new Version().agenda(List.of(CHANGE, STORY));
		Version withBreak = new Version().agenda(List.of("Coffee", STORY, CHANGE));

		List<ModuleMove> moves = compare(new Version(), swapped).agenda().moves();
		VersionComparison breakAdded = compare(new Version(), withBreak);

		assertThat(moves).singleElement().satisfies(move -> assertThat(move.kind()).isEqualTo(ModuleMove.Kind.REORDERED));
		assertThat(breakAdded.agenda().moves()).isEmpty();
		assertThat(breakAdded.agenda().breaks()).containsExactly(new BreakChange(1, "Coffee", null, 15));
	}

	@Test
	void modulesTakenOffOrPutOnTheAgendaAreReported() {
		Version before = new Version().agenda(List.of(STORY));
		Version after = new Version().agenda(List.of(CHANGE));

		List<ModuleMove> moves = compare(before, after).agenda().moves();

		assertThat(moves).extracting(ModuleMove::title, ModuleMove::kind)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Story of self", ModuleMove.Kind.UNSCHEDULED),
					org.assertj.core.groups.Tuple.tuple("Theory of change", ModuleMove.Kind.SCHEDULED));
	}

	@Test
	void aRemovedModuleIsNotAlsoReportedAsTakenOffTheAgenda() {
		VersionComparison comparison = compare(new Version(), new Version().withoutModule(STORY));

		assertThat(comparison.agenda().moves()).isEmpty();
		assertThat(comparison.modules().removed()).hasSize(1);
	}

	@Test
	void dayStartsAndBreakLengthsShowOldAndNewValues() {
		Version before = new Version().agenda(List.of(STORY, "Lunch", CHANGE));
		Version after = new Version().agenda(List.of(STORY, "lunch", CHANGE)).breakMinutes(45).dayStart(LocalTime.of(10, 0));

		VersionComparison comparison = compare(before, after);

		assertThat(comparison.agenda().dayStarts()).singleElement()
			.satisfies(change -> assertThat(change.after()).isEqualTo(LocalTime.of(10, 0)));
		assertThat(comparison.agenda().breaks()).containsExactly(new BreakChange(1, "lunch", 15, 45));
	}

	@Test
	void aChecklistOffsetChangeIsShownBeforeAndAfter() {
		Version after = new Version().checklistItem(VENUE, "Confirm venue", -42, ResponsibleRole.CHAPTER_LEAD, null);

		VersionComparison comparison = compare(new Version(), after);

		assertThat(comparison.checklist().changed()).singleElement().satisfies(change -> {
			assertThat(change.offsetDays()).isEqualTo(new Change<>(-56, -42));
			assertThat(change.renamed()).isNull();
			assertThat(change.responsible()).isNull();
		});
	}

	@Test
	void aChecklistItemHandedToADayOfRoleShowsTheNewOwner() {
		Version after = new Version().checklistItem(VENUE, "Confirm venue", -56, ResponsibleRole.DAY_OF_ROLE,
				"Welcomer");

		VersionComparison comparison = compare(new Version(), after);

		assertThat(comparison.checklist().changed().get(0).responsible()).isEqualTo(new Change<>(
				new Owner(ResponsibleRole.CHAPTER_LEAD, null), new Owner(ResponsibleRole.DAY_OF_ROLE, "Welcomer")));
	}

	@Test
	void rolePeopleChangesAndRolesAddedOrRemoved() {
		Version after = new Version().roles(List.of(new RoleNeedView(WELCOMER, "Welcomer", 2)));

		VersionComparison comparison = compare(new Version(), after);

		assertThat(comparison.roles().changed()).singleElement()
			.satisfies(change -> assertThat(change.people()).isEqualTo(new Change<>(1, 2)));
		assertThat(comparison.roles().removed()).extracting(RoleNeedView::name).containsExactly("Timekeeper");
		assertThat(comparison.roles().added()).isEmpty();
	}

	@Test
	void longestCommonSubsequenceKeepsTheLongestRunInOrder() {
		assertThat(CurriculumComparison.longestCommonSubsequence(List.of("a", "b", "c", "d"), List.of("b", "c", "a", "d")))
			.containsExactly("b", "c", "d");
	}

	private static VersionComparison compare(Version before, Version after) {
		return CurriculumComparison.between(before.view(1), after.view(2));
	}

	private static ProgramDetails twoDays() {
		return new ProgramDetails("Core training", "", PathwayLevel.INITIATION, 2, 30, List.of("en"));
	}

	private static ModuleContent module(String title, int minutes) {
		return new ModuleContent(title, "Why", "Goals", minutes, 1, "Guide", true,
				List.of(new Material("Slides", "https://example.org/slides")));
	}

	/** A version built step by step; module ids differ per version, as in the database, keys do not. */
	private static final class Version {

		private ProgramDetails details = new ProgramDetails("Core training", "", PathwayLevel.INITIATION, 1, 30,
				List.of("en"));

		private final List<ModuleView> modules = new ArrayList<>(List.of(
				new ModuleView(UUID.randomUUID(), STORY, module("Story of self", 45), 0),
				new ModuleView(UUID.randomUUID(), CHANGE, module("Theory of change", 60), 0)));

		private List<List<Object>> days = List.of(List.of(STORY, CHANGE));

		private LocalTime start = LocalTime.of(9, 30);

		private int breakMinutes = 15;

		private final List<ChecklistItemView> checklist = new ArrayList<>(List.of(new ChecklistItemView(
				UUID.randomUUID(), VENUE,
				new ChecklistTask("Confirm venue", "Book the room", -56, ResponsibleRole.CHAPTER_LEAD, null), null, 0)));

		private List<RoleNeedView> roles = List.of(new RoleNeedView(TIMEKEEPER, "Timekeeper", 1),
				new RoleNeedView(WELCOMER, "Welcomer", 1));

		Version details(ProgramDetails details) {
			this.details = details;
			return this;
		}

		Version withModule(UUID key, ModuleContent content) {
			modules.add(new ModuleView(UUID.randomUUID(), key, content, 0));
			return this;
		}

		Version withoutModule(UUID key) {
			modules.removeIf(module -> module.key().equals(key));
			days = days.stream().map(day -> day.stream().filter(item -> !key.equals(item)).toList()).toList();
			return this;
		}

		Version changeModule(UUID key, UnaryOperator<ModuleContent> change) {
			modules.replaceAll(module -> module.key().equals(key)
					? new ModuleView(module.id(), key, change.apply(module.content()), 0) : module);
			return this;
		}

		/** Each day's items: a module key, or a break's title. */
		@SafeVarargs
		final Version agenda(List<?>... days) {
			this.days = java.util.Arrays.stream(days).map(day -> List.<Object>copyOf(day)).toList();
			return this;
		}

		Version dayStart(LocalTime start) {
			this.start = start;
			return this;
		}

		Version breakMinutes(int minutes) {
			this.breakMinutes = minutes;
			return this;
		}

		Version checklistItem(UUID key, String title, int offset, ResponsibleRole responsible, String roleName) {
			checklist.replaceAll(item -> item.key().equals(key) ? new ChecklistItemView(UUID.randomUUID(), key,
					new ChecklistTask(title, item.task().description(), offset, responsible,
							roleName == null ? null : WELCOMER),
					roleName, 0) : item);
			return this;
		}

		Version roles(List<RoleNeedView> roles) {
			this.roles = roles;
			return this;
		}

		CurriculumView view(int number) {
			List<AgendaDay> agenda = new ArrayList<>();
			for (int day = 1; day <= details.lengthDays(); day++) {
				List<AgendaDay.Slot> slots = new ArrayList<>();
				for (Object item : day <= days.size() ? days.get(day - 1) : List.of()) {
					if (item instanceof UUID key) {
						ModuleView module = modules.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
						slots.add(new AgendaDay.Slot(UUID.randomUUID(), module.id(), module.title(),
								module.durationMinutes(), 1, ""));
					}
					else {
						slots.add(new AgendaDay.Slot(UUID.randomUUID(), null, (String) item, breakMinutes, 0, ""));
					}
				}
				agenda.add(AgendaDay.of(day, start, slots));
			}
			return new CurriculumView(UUID.randomUUID(), UUID.randomUUID(), number, null, 0, details, modules, agenda,
					checklist, roles);
		}

	}

}
