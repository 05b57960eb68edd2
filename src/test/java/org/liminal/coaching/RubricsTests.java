package org.liminal.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Organizers rename, describe, reorder, add and retire the criteria coaches score on. */
@SpringBootTest
@Import(Fixtures.class)
class RubricsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Rubrics rubrics;

	OrganizationSummary organization;

	@BeforeEach
	void anOrganization() {
		organization = fixtures.organization("rubrics");
	}

	@Test
	void theUsualRubricAppliesUntilTheFirstSaveWhichWritesEveryCriterion() {
		assertThat(as(rubrics::current)).isEqualTo(Rubric.usual());

		List<CriterionEdit> edits = usualEdits();
		edits.set(1, new CriterionEdit("timing", "Time keeping", "Ends on time", 9, false));
		edits.set(4, new CriterionEdit("presence", "", "", 4, true));
		edits.add(new CriterionEdit("", "Use of the room", "Moves people around", 2, false));
		edits.add(new CriterionEdit("", "", "", 6, false));
		change(edits, 0);

		Rubric rubric = as(rubrics::current);
		assertThat(rubric.version()).isEqualTo(1);
		assertThat(rubric.criteria()).extracting(Criterion::key)
			.startsWith("content", "participation")
			.hasSize(6)
			.endsWith("timing");
		Criterion added = rubric.criteria().get(2);
		assertThat(added.key()).matches("c-[0-9a-f]{8}");
		assertThat(added.name()).isEqualTo("Use of the room");
		assertThat(rubric.criterion("timing")).get().extracting(Criterion::name).isEqualTo("Time keeping");
		assertThat(rubric.criterion("presence")).get().extracting(Criterion::retired).isEqualTo(true);
		assertThat(rubric.active()).hasSize(5);
	}

	@Test
	void betweenOneAndTenActiveCriteriaWithUniqueNamesOfBoundedLength() {
		List<CriterionEdit> none = new ArrayList<>();
		Rubric.USUAL_KEYS.forEach(key -> none.add(new CriterionEdit(key, "", "", 0, true)));
		assertRefused(none, 0, "criteria", "rubric.error.activeCount");

		List<CriterionEdit> eleven = usualEdits();
		for (int i = 0; i < 6; i++) {
			eleven.add(new CriterionEdit("", "Extra " + i, "", 10 + i, false));
		}
		assertRefused(eleven, 0, "criteria", "rubric.error.activeCount");

		List<CriterionEdit> twins = usualEdits();
		twins.add(new CriterionEdit("", "Timing", "", 5, false));
		twins.add(new CriterionEdit("", "timing", "", 6, false));
		assertRefused(twins, 0, "criteria[6].name", "rubric.error.duplicateName");

		List<CriterionEdit> unnamed = usualEdits();
		unnamed.add(new CriterionEdit("", "", "A description without a name", 5, false));
		assertRefused(unnamed, 0, "criteria[5].name", "rubric.error.nameRequired");

		List<CriterionEdit> long80 = usualEdits();
		long80.set(0, new CriterionEdit("content", "x".repeat(81), "", 0, false));
		assertRefused(long80, 0, "criteria[0].name", "rubric.error.tooLong");
		List<CriterionEdit> long400 = usualEdits();
		long400.set(0, new CriterionEdit("content", "", "x".repeat(401), 0, false));
		assertRefused(long400, 0, "criteria[0].description", "rubric.error.tooLong");

		assertThat(as(rubrics::current)).isEqualTo(Rubric.usual());
	}

	@Test
	void aStaleRubricIsAConflict() {
		change(usualEdits(), 0);
		assertRefused(usualEdits(), 0, null, "rubric.error.conflict");
		change(usualEdits(), 1);
		assertThat(as(rubrics::current).version()).isEqualTo(2);
	}

	@Test
	void anotherOrganizationKeepsItsOwnRubric() {
		List<CriterionEdit> edits = usualEdits();
		edits.add(new CriterionEdit("", "Only here", "", 5, false));
		change(edits, 0);
		OrganizationSummary other = fixtures.organization("rubrics-other");
		assertThat(TenantContext.callAsOrganization(other.id(), rubrics::current)).isEqualTo(Rubric.usual());
	}

	private static List<CriterionEdit> usualEdits() {
		List<CriterionEdit> edits = new ArrayList<>();
		for (int i = 0; i < Rubric.USUAL_KEYS.size(); i++) {
			edits.add(new CriterionEdit(Rubric.USUAL_KEYS.get(i), "", "", i, false));
		}
		return edits;
	}

	private void change(List<CriterionEdit> edits, long version) {
		as(() -> {
			rubrics.change(edits, version);
			return null;
		});
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

	private void assertRefused(List<CriterionEdit> edits, long version, String field, String messageKey) {
		assertThatThrownBy(() -> change(edits, version)).isInstanceOfSatisfying(CoachingChangeRefused.class,
				refused -> {
					assertThat(refused.field()).isEqualTo(field);
					assertThat(refused.messageKey()).isEqualTo(messageKey);
				});
	}

}
