package org.liminal.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.MutableClock;
import org.liminal.QueryCounter;
import org.liminal.WebTest;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;

/** Organizers define what their organization recognizes: badges, validity, and the rules that grant or suggest. */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class, MutableClock.Configuration.class,
		QueryCounter.class })
class QualificationKindsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	QualificationKinds kinds;

	OrganizationSummary organization;

	@BeforeEach
	void anOrganization() {
		organization = fixtures.organization("kinds");
	}

	@Test
	void aKindIsCreatedChangedRetiredAndBroughtBack() {
		UUID programId = curriculum.publishedProgram(organization, "Core training");
		UUID kindId = as(() -> kinds.create(new KindDetails("  Completed core  ", "Attended it all", BadgeColour.TEAL,
				KindScope.GENERAL, programId, 24, null)));

		QualificationKindView created = as(() -> kinds.kind(kindId));
		assertThat(created.name()).isEqualTo("Completed core");
		assertThat(created.details().programId()).isEqualTo(programId);
		assertThat(created.details().validityMonths()).isEqualTo(24);

		run(() -> kinds.change(kindId, new KindDetails("Core graduate", "", BadgeColour.GREEN, KindScope.GENERAL, null,
				null, null), created.version()));
		QualificationKindView changed = as(() -> kinds.kind(kindId));
		assertThat(changed.name()).isEqualTo("Core graduate");
		assertThat(changed.details().programId()).isNull();

		run(() -> kinds.retire(kindId, changed.version()));
		assertThat(as(() -> kinds.active())).isEmpty();
		assertThat(as(() -> kinds.all())).extracting(QualificationKindView::retired).containsExactly(true);

		long retiredVersion = as(() -> kinds.kind(kindId)).version();
		run(() -> kinds.restore(kindId, retiredVersion));
		assertThat(as(() -> kinds.active())).extracting(QualificationKindView::id).containsExactly(kindId);
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() {
		UUID kindId = as(() -> kinds.create(PathwayFixtures.general("Lead trainer")));
		run(() -> kinds.change(kindId, PathwayFixtures.general("Lead facilitator"), 0));

		assertThatThrownBy(() -> run(() -> kinds.change(kindId, PathwayFixtures.general("Head trainer"), 0)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> run(() -> kinds.retire(kindId, 0))).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(as(() -> kinds.kind(kindId))).satisfies(kind -> {
			assertThat(kind.name()).isEqualTo("Lead facilitator");
			assertThat(kind.retired()).isFalse();
		});
	}

	@Test
	void badDetailsAreRefusedNamingTheirField() {
		as(() -> kinds.create(PathwayFixtures.general("Coach")));

		assertRefused(new KindDetails(" ", "", BadgeColour.BLUE, KindScope.GENERAL, null, null, null), "name",
				"pathway.error.nameMissing");
		assertRefused(new KindDetails("x".repeat(81), "", BadgeColour.BLUE, KindScope.GENERAL, null, null, null),
				"name", "pathway.error.nameSize");
		assertRefused(PathwayFixtures.general("COACH"), "name", "pathway.error.nameTaken");
		assertRefused(new KindDetails("A", "x".repeat(401), BadgeColour.BLUE, KindScope.GENERAL, null, null, null),
				"description", "pathway.error.descriptionSize");
		assertRefused(new KindDetails("A", "", null, KindScope.GENERAL, null, null, null), "colour",
				"pathway.error.colourMissing");
		assertRefused(new KindDetails("A", "", BadgeColour.BLUE, KindScope.GENERAL, null, 121, null), "validityMonths",
				"pathway.error.validity");
		assertRefused(new KindDetails("A", "", BadgeColour.BLUE, KindScope.GENERAL, null, 0, null), "validityMonths",
				"pathway.error.validity");
		assertRefused(new KindDetails("A", "", BadgeColour.BLUE, KindScope.GENERAL, null, null, 2), "readyVerdicts",
				"pathway.error.readyVerdictsPerModule");
		assertRefused(new KindDetails("A", "", BadgeColour.BLUE, KindScope.MODULE, null, null, 0), "readyVerdicts",
				"pathway.error.readyVerdicts");
		assertRefused(new KindDetails("A", "", BadgeColour.BLUE, KindScope.MODULE,
				curriculum.publishedProgram(organization, "Core"), null, null), "programId",
				"pathway.error.programGeneralOnly");
		OrganizationSummary other = fixtures.organization("kinds-other");
		assertRefused(new KindDetails("A", "", BadgeColour.BLUE, KindScope.GENERAL,
				curriculum.publishedProgram(other, "Theirs"), null, null), "programId", "pathway.error.programUnknown");
		assertThat(as(() -> kinds.all())).extracting(QualificationKindView::name).containsExactly("Coach");
	}

	@Test
	void theUsualKindsAreAddedOnceInTheOrganizersLanguage() {
		UUID core = curriculum.publishedProgram(organization, "Core training");
		as(() -> kinds.create(PathwayFixtures.general("Coach")));

		assertThat(as(() -> kinds.missingUsual(Locale.ENGLISH))).containsExactly("Completed core training",
				"Day-of volunteer", "Module trainer", "Lead trainer");
		assertThat(as(() -> kinds.addUsual(Locale.ENGLISH))).isEqualTo(4);
		assertThat(as(() -> kinds.addUsual(Locale.ENGLISH))).isZero();
		assertThat(as(() -> kinds.addUsual(Locale.forLanguageTag("es")))).isZero();

		List<QualificationKindView> all = as(() -> kinds.all());
		assertThat(all).extracting(QualificationKindView::name)
			.containsExactly("Coach", "Completed core training", "Day-of volunteer", "Module trainer", "Lead trainer");
		QualificationKindView coreKind = all.get(1);
		assertThat(coreKind.details().programId()).as("the only initiation program grants it").isEqualTo(core);
		QualificationKindView moduleTrainer = all.get(3);
		assertThat(moduleTrainer.isPerModule()).isTrue();
		assertThat(moduleTrainer.details().readyVerdicts()).isEqualTo(2);

		OrganizationSummary spanish = fixtures.organization("kinds-es");
		TenantContext.runAsOrganization(spanish.id(), () -> kinds.addUsual(Locale.forLanguageTag("es")));
		assertThat(TenantContext.callAsOrganization(spanish.id(), () -> kinds.all()))
			.extracting(QualificationKindView::name)
			.contains("Formador/a de módulo", "Coach");
	}

	@Test
	void anotherOrganizationsKindIsNotFound() {
		OrganizationSummary other = fixtures.organization("kinds-other");
		UUID theirs = TenantContext.callAsOrganization(other.id(), () -> kinds.create(PathwayFixtures.general("Theirs")));

		assertThatThrownBy(() -> as(() -> kinds.kind(theirs))).isInstanceOf(QualificationKindNotFound.class);
		assertThatThrownBy(() -> run(() -> kinds.retire(theirs, 0))).isInstanceOf(QualificationKindNotFound.class);
	}

	private void assertRefused(KindDetails details, String field, String messageKey) {
		assertThatThrownBy(() -> as(() -> kinds.create(details))).isInstanceOfSatisfying(PathwayChangeRefused.class,
				refusal -> {
					assertThat(refusal.field()).isEqualTo(field);
					assertThat(refusal.messageKey()).isEqualTo(messageKey);
				});
	}

	private void run(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
