package org.liminal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.chapters.ChapterNotFound;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A chapter's teams: kept with sound details, a name unique among the active ones, and no silent overwrite. */
@SpringBootTest
@Import({ Fixtures.class, TrainingFixtures.class })
class TeamsTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Teams teams;

	OrganizationSummary organization;

	UUID chapterId;

	@BeforeEach
	void aChapter() {
		organization = fixtures.organization("teams");
		chapterId = trainingFixtures.chapter(organization);
	}

	@Test
	void aTeamIsAddedEditedArchivedAndRestored() {
		UUID outreach = as(() -> teams.create(chapterId,
				new TeamDetails("  Outreach ", "Door knocking", "Bo Contact", " Bo@Example.org ")));

		Team added = as(() -> teams.team(chapterId, outreach));
		assertThat(added.details()).isEqualTo(new TeamDetails("Outreach", "Door knocking", "Bo Contact", "bo@example.org"));
		run(() -> teams.change(chapterId, outreach, new TeamDetails("Outreach", "Doors and phones", "Cy", "cy@example.org"),
				added.version()));
		Team changed = as(() -> teams.team(chapterId, outreach));
		assertThat(changed.contactName()).isEqualTo("Cy");
		run(() -> teams.archive(chapterId, outreach, changed.version()));
		assertThat(as(() -> teams.activeOf(chapterId))).isEmpty();
		assertThat(as(() -> teams.ofChapter(chapterId))).singleElement().satisfies(team -> assertThat(team.archived()).isTrue());
		run(() -> teams.restore(chapterId, outreach, changed.version() + 1));
		assertThat(as(() -> teams.activeOf(chapterId))).extracting(Team::name).containsExactly("Outreach");
	}

	@Test
	void aNameIsUniqueAmongTheChaptersActiveTeamsWhateverItsCase() {
		UUID first = as(() -> teams.create(chapterId, details("Outreach")));

		assertRefused(() -> teams.create(chapterId, details("OUTREACH")), "name");
		UUID other = as(() -> teams.create(chapterId, details("Phone bank")));
		assertRefused(() -> {
			teams.change(chapterId, other, details("outreach"), 0);
			return null;
		}, "name");
		// Another chapter may have its own Outreach; an archived one leaves its name free, and cannot come back then.
		UUID otherChapter = trainingFixtures.chapter(organization);
		as(() -> teams.create(otherChapter, details("Outreach")));
		run(() -> teams.archive(chapterId, first, 0));
		UUID second = as(() -> teams.create(chapterId, details("outreach")));
		assertRefused(() -> {
			teams.restore(chapterId, first, 1);
			return null;
		}, "name");
		assertThat(as(() -> teams.activeOf(chapterId))).extracting(Team::id).containsExactlyInAnyOrder(second, other);
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		UUID team = as(() -> teams.create(chapterId, details("Outreach")));
		run(() -> teams.change(chapterId, team, details("Outreach crew"), 0));

		assertThatThrownBy(() -> run(() -> teams.change(chapterId, team, details("Doors"), 0)))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class, refused -> {
				assertThat(refused.field()).isNull();
				assertThat(refused.messageKey()).isEqualTo("teams.error.conflict");
			});
		assertThatThrownBy(() -> run(() -> teams.archive(chapterId, team, 0))).isInstanceOf(ParticipantsChangeRefused.class);
		assertThat(as(() -> teams.team(chapterId, team))).satisfies(saved -> {
			assertThat(saved.name()).isEqualTo("Outreach crew");
			assertThat(saved.archived()).isFalse();
		});
	}

	@Test
	void badDetailsAreRefusedByField() {
		assertRefused(() -> teams.create(chapterId, new TeamDetails(" ", "", "Bo", "bo@example.org")), "name");
		assertRefused(() -> teams.create(chapterId, new TeamDetails("x".repeat(121), "", "Bo", "bo@example.org")), "name");
		assertRefused(() -> teams.create(chapterId, new TeamDetails("T", "p".repeat(1001), "Bo", "bo@example.org")),
				"purpose");
		assertRefused(() -> teams.create(chapterId, new TeamDetails("T", "", "", "bo@example.org")), "contactName");
		assertRefused(() -> teams.create(chapterId, new TeamDetails("T", "", "Bo", "not an email")), "contactEmail");
		assertRefused(() -> teams.create(chapterId, new TeamDetails("T", "", "Bo", "<b>@x")), "contactEmail");
		assertThat(as(() -> teams.ofChapter(chapterId))).isEmpty();
		UUID rtl = as(() -> teams.create(chapterId, new TeamDetails("فريق 🌱 <b>", "", "سارة", "sara@example.org")));
		assertThat(as(() -> teams.team(chapterId, rtl)).name()).isEqualTo("فريق 🌱 <b>");
	}

	@Test
	void anotherChaptersOrOrganizationsTeamIsNotFound() {
		UUID team = as(() -> teams.create(chapterId, details("Outreach")));
		UUID otherChapter = trainingFixtures.chapter(organization);

		assertThatThrownBy(() -> as(() -> teams.team(otherChapter, team))).isInstanceOf(TeamNotFound.class);
		assertThatThrownBy(() -> run(() -> teams.archive(otherChapter, team, 0))).isInstanceOf(TeamNotFound.class);
		OrganizationSummary other = fixtures.organization("teams-other");
		assertThatThrownBy(() -> TenantContext.callAsOrganization(other.id(), () -> teams.team(chapterId, team)))
			.isInstanceOf(TeamNotFound.class);
		assertThatThrownBy(() -> TenantContext.callAsOrganization(other.id(),
				() -> teams.create(chapterId, details("Mine now")))).isInstanceOf(ChapterNotFound.class);
	}

	private static TeamDetails details(String name) {
		return new TeamDetails(name, "", "Bo Contact", "bo@example.org");
	}

	private void assertRefused(Supplier<?> change, String field) {
		assertThatThrownBy(() -> as(change)).isInstanceOfSatisfying(ParticipantsChangeRefused.class,
				refused -> assertThat(refused.field()).isEqualTo(field));
	}

	private void run(Runnable work) {
		TenantContext.runAsOrganization(organization.id(), work);
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
