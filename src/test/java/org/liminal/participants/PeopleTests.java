package org.liminal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liminal.Fixtures;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.notifications.Letter;
import org.liminal.notifications.LetterKind;
import org.liminal.notifications.Outbox;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.pathway.BadgeColour;
import org.liminal.pathway.KindDetails;
import org.liminal.pathway.KindScope;
import org.liminal.pathway.PathwayFixtures;
import org.liminal.pathway.Qualifications;
import org.liminal.trainings.Attendee;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingFixtures;
import org.liminal.trainings.Trainings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory has one person per email across trainings, members and imports; chapter leads find only the
 * people of their chapters' trainings; erasing a person leaves no personal data and every count as it was.
 */
@SpringBootTest
@Import({ Fixtures.class, CurriculumFixtures.class, TrainingFixtures.class, PathwayFixtures.class })
class PeopleTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	TrainingFixtures trainingFixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	Registrations registrations;

	@Autowired
	People people;

	@Autowired
	Absorption absorption;

	@Autowired
	Teams teams;

	@Autowired
	PeopleImports imports;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PathwayFixtures pathway;

	@Autowired
	Qualifications qualifications;

	UUID programId;

	OrganizationSummary organization;

	UUID chapterOne;

	UUID chapterTwo;

	UUID trainingOne;

	UUID trainingTwo;

	@BeforeEach
	void twoChaptersWithATrainingEach() {
		organization = fixtures.organization("people");
		programId = curriculum.publishedProgram(organization, "Core");
		chapterOne = trainingFixtures.chapter(organization);
		chapterTwo = trainingFixtures.chapter(organization);
		trainingOne = trainingFixtures.scheduled(organization, chapterOne, programId, LocalDate.now().plusWeeks(6));
		trainingTwo = trainingFixtures.scheduled(organization, chapterTwo, programId, LocalDate.now().plusWeeks(7));
	}

	@Test
	void everyoneIsOnePersonPerEmailAcrossTrainingsMembersAndImports() {
		Fixtures.Person member = fixtures.member(organization, OrganizationRole.TRAINER);
		Fixtures.Person memberWhoSignedUp = fixtures.member(organization, OrganizationRole.COACH);
		signUp(trainingOne, "Ana@Example.org", "Ana");
		signUp(trainingTwo, "ana@example.org", "Ana Again");
		signUp(trainingOne, "bo@example.org", "Bo");
		signUp(trainingTwo, memberWhoSignedUp.email(), "Coach");
		importList("name,email\nCy,cy@example.org\n");

		DirectoryPage page = as(() -> people.directory(PeopleFilter.any(), PeopleScope.everyone(), 1, 50));

		assertThat(page.people()).extracting(DirectoryEntry::email).containsExactlyInAnyOrder("ana@example.org",
				"bo@example.org", "cy@example.org", member.email().toLowerCase(Locale.ROOT),
				memberWhoSignedUp.email().toLowerCase(Locale.ROOT));
		assertThat(page.total()).isEqualTo(5);
		Map<String, DirectoryEntry> byEmail = new HashMap<>();
		page.people().forEach(entry -> byEmail.put(entry.email(), entry));
		assertThat(byEmail.get("ana@example.org").registrations()).isEqualTo(2);
		assertThat(byEmail.get("ana@example.org").name()).isEqualTo("Ana");
		assertThat(byEmail.get("cy@example.org").source()).isEqualTo(PersonSource.IMPORT);
		assertThat(byEmail.get(member.email().toLowerCase(Locale.ROOT))).satisfies(entry -> {
			assertThat(entry.personId()).isNull();
			assertThat(entry.accountId()).isEqualTo(member.accountId());
		});
		assertThat(byEmail.get(memberWhoSignedUp.email().toLowerCase(Locale.ROOT))).satisfies(entry -> {
			assertThat(entry.personId()).isNotNull();
			assertThat(entry.isMember()).isTrue();
			assertThat(entry.registrations()).isEqualTo(1);
		});
		PersonHistory coach = as(() -> people.history(byEmail.get(memberWhoSignedUp.email().toLowerCase(Locale.ROOT))
			.personId(), PeopleScope.everyone()));
		assertThat(coach.accountId()).isEqualTo(memberWhoSignedUp.accountId());
		assertThat(coach.registrations()).hasSize(1);
	}

	@Test
	void theDirectoryFiltersBySearchChapterAttendanceAndNextStep() {
		UUID ana = signUp(trainingOne, "ana@example.org", "Ana Lopez").id();
		signUp(trainingTwo, "bo@example.org", "Bo Smith");
		signUp(trainingTwo, "cy@example.org", "Cy Jones");
		TenantContext.runAsOrganization(organization.id(),
				() -> jdbc.sql("update registration set attended = true, next_step = 'NOT_NOW' where id = ?")
					.param(ana)
					.update());

		assertThat(emails(new PeopleFilter("LOPEZ", null, null, null))).containsExactly("ana@example.org");
		assertThat(emails(new PeopleFilter("smith@", null, null, null))).isEmpty();
		assertThat(emails(new PeopleFilter("%", null, null, null))).isEmpty();
		assertThat(emails(new PeopleFilter(null, chapterTwo, null, null))).containsExactly("bo@example.org",
				"cy@example.org");
		assertThat(emails(new PeopleFilter(null, null, true, null))).containsExactly("ana@example.org");
		assertThat(emails(new PeopleFilter(null, chapterTwo, false, null))).containsExactly("bo@example.org",
				"cy@example.org");
		assertThat(emails(new PeopleFilter(null, null, null, NextStep.NOT_NOW))).containsExactly("ana@example.org");
	}

	@Test
	void eachStageOfTheFunnelListsThePeopleBehindItsFigure() {
		LocalDate from = LocalDate.now().minusMonths(3);
		LocalDate to = LocalDate.now().minusDays(1);
		UUID otherProgram = curriculum.publishedProgram(organization, "Other");
		UUID ofOtherProgram = trainingFixtures.scheduled(organization, chapterOne, otherProgram,
				LocalDate.now().plusWeeks(8));
		UUID beforeThePeriod = trainingFixtures.scheduled(organization, chapterOne, programId,
				LocalDate.now().plusWeeks(9));
		UUID team = as(() -> teams.create(chapterOne, new TeamDetails("Outreach", "", "Bo", "bo@example.org")));
		// Ana came to both trainings: she joined a team after the first and asked for an upgrade after the second.
		came(signUp(trainingOne, "ana@example.org", "Ana"), "TEAM", team);
		came(signUp(trainingTwo, "ana@example.org", "Ana"), "UPGRADE_TRAINING", null);
		came(signUp(trainingOne, "bo@example.org", "Bo"), "DAY_OF_VOLUNTEER", null);
		came(signUp(trainingTwo, "cy@example.org", "Cy"), "NOT_NOW", null);
		signUp(trainingTwo, "di@example.org", "Di");
		Registration cancelled = signUp(trainingOne, "ed@example.org", "Ed");
		TenantContext.runAsOrganization(organization.id(),
				() -> registrations.cancel(cancelled.id(), cancelled.version()));
		came(signUp(ofOtherProgram, "fay@example.org", "Fay"), "TEAM", team);
		came(signUp(beforeThePeriod, "gus@example.org", "Gus"), "TEAM", team);
		held(trainingOne, from.plusDays(1));
		held(trainingTwo, to);
		held(ofOtherProgram, from.plusDays(2));
		held(beforeThePeriod, from.minusDays(1));
		OrganizationSummary other = fixtures.organization("people-elsewhere");
		UUID theirTraining = trainingFixtures.scheduled(other, trainingFixtures.chapter(other),
				curriculum.publishedProgram(other, "Theirs"), LocalDate.now().plusWeeks(6));
		TenantContext.runAsOrganization(other.id(), () -> {
			UUID theirs = registrations.signUp(theirTraining,
					new SignUpDetails("Hal", "hal@example.org", "", "", "", true)).registration().id();
			jdbc.sql("update training set first_day = ?, last_day = ?, status = 'COMPLETED' where id = ?")
				.params(from.plusDays(1), from.plusDays(1), theirTraining)
				.update();
			jdbc.sql("update registration set attended = true where id = ?").param(theirs).update();
		});

		assertThat(atStage(null, from, to, FunnelStage.SIGNED_UP)).containsExactly("ana@example.org",
				"bo@example.org", "cy@example.org", "di@example.org");
		assertThat(atStage(null, from, to, FunnelStage.ATTENDED)).containsExactly("ana@example.org",
				"bo@example.org", "cy@example.org");
		assertThat(atStage(null, from, to, FunnelStage.CHOSE_NEXT_STEP)).containsExactly("ana@example.org",
				"bo@example.org", "cy@example.org");
		assertThat(atStage(null, from, to, FunnelStage.JOINED_TEAM)).containsExactly("ana@example.org");
		assertThat(atStage(null, from, to, FunnelStage.DAY_OF_VOLUNTEER)).containsExactly("bo@example.org");
		assertThat(atStage(null, from, to, FunnelStage.UPGRADE_TRAINING)).containsExactly("ana@example.org");
		assertThat(atStage(chapterTwo, from, to, FunnelStage.JOINED_TEAM))
			.as("a stage and a chapter hold for the same registration").isEmpty();
		assertThat(atStage(chapterTwo, from, to, FunnelStage.UPGRADE_TRAINING)).containsExactly("ana@example.org");
		assertThat(atStage(null, from, to, null)).as("no stage: those who signed up")
			.containsExactly("ana@example.org", "bo@example.org", "cy@example.org", "di@example.org");
		assertThat(atStage(null, null, null, FunnelStage.JOINED_TEAM)).as("no period: every held training")
			.containsExactly("ana@example.org", "gus@example.org");
		// The funnel counts registrations: Ana twice, as she came to two of the trainings.
		Funnel funnel = as(() -> absorption.held(null, programId, from, to)).funnel();
		assertThat(funnel.signedUp()).isEqualTo(5);
		assertThat(funnel.attended()).isEqualTo(4);
		assertThat(funnel.joinedTeam()).isEqualTo(1);
	}

	@Test
	void aChapterLeadFindsOnlyThePeopleOfTheirChaptersTrainings() {
		Registration ana = signUp(trainingOne, "ana@example.org", "Ana");
		signUp(trainingTwo, "bo@example.org", "Bo");
		importList("email\ncy@example.org\n");
		PeopleScope lead = PeopleScope.ofTrainings(Set.of(trainingOne));

		DirectoryPage page = as(() -> people.directory(PeopleFilter.any(), lead, 1, 50));

		assertThat(page.people()).extracting(DirectoryEntry::email).containsExactly("ana@example.org");
		UUID boId = personId("bo@example.org");
		assertThatThrownBy(() -> as(() -> people.history(boId, lead))).isInstanceOf(PersonNotFound.class);
		assertThat(as(() -> people.history(personId(ana.email()), lead)).registrations()).hasSize(1);
	}

	@Test
	void aPersonsHistoryHasTheirRegistrationsAcrossTrainings() {
		signUp(trainingOne, "ana@example.org", "Ana");
		signUp(trainingTwo, "ana@example.org", "Ana");

		PersonHistory history = as(() -> people.history(personId("ana@example.org"), PeopleScope.everyone()));

		assertThat(history.registrations()).extracting(line -> line.training().id())
			.containsExactlyInAnyOrder(trainingOne, trainingTwo);
		assertThat(history.isMember()).isFalse();
		assertThat(history.qualifications()).isEmpty();
	}

	@Test
	void erasingAPersonLeavesNoPersonalDataAndKeepsTheCounts() {
		withCapacity(trainingOne, 1);
		Registration seated = signUp(trainingOne, "ana@example.org", "Ana Lopez", "555-0100");
		signUp(trainingOne, "bo@example.org", "Bo");
		Registration elsewhere = signUp(trainingTwo, "ana@example.org", "Ana Lopez", "555-0100");
		TenantContext.runAsOrganization(organization.id(), () -> outbox.post(new Letter(organization.id(), null,
				"ana@example.org", Locale.ENGLISH, LetterKind.TRANSACTIONAL, "test/greeting", "mail.invitation.subject",
				List.of("x"), Map.of("headline", "Welcome", "body", "See you"), null)));
		pathway.kind(organization, new KindDetails("Completed core", "", BadgeColour.TEAL, KindScope.GENERAL, programId,
				null, null));
		as(() -> qualifications.grantForAttendance(trainingOne, programId,
				List.of(new Attendee("Ana Lopez", "ana@example.org", null), new Attendee("Bo", "bo@example.org", null))));
		Seats before = as(() -> registrations.seats(trainingOne));
		Person ana = as(() -> people.person(personId("ana@example.org"), PeopleScope.everyone()));
		// Her confirmations are written after each sign-up commits: erasing comes after them.
		Letters.awaitHandled(jdbc, organization.id());

		int erased = as(() -> people.erase(ana.id(), ana.version()));

		assertThat(erased).isEqualTo(2);
		assertThat(as(() -> registrations.seats(trainingOne))).isEqualTo(before);
		assertThat(as(() -> registrations.registration(seated.id())).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(as(() -> registrations.registration(seated.id())).erasedAt()).isNotNull();
		assertThat(count("select count(*) from registration where email = 'ana@example.org' or name like 'Ana%'"
				+ " or phone = '555-0100'")).isZero();
		assertThat(count("select count(*) from registration where erased_at is not null and (phone <> ''"
				+ " or access_needs <> '' or heard_from <> '' or email not like 'erased-%@invalid')")).isZero();
		assertThat(count("select count(*) from person where email = 'ana@example.org'")).isZero();
		assertThat(count("select count(*) from mail_letter where to_address = 'ana@example.org'")).isZero();
		assertThat(as(() -> registrations.byPrivateToken(seated.privateToken()))).isEmpty();
		assertThat(as(() -> registrations.byPrivateToken(elsewhere.privateToken()))).isEmpty();
		assertThat(count("select count(*) from person where email = 'bo@example.org'")).isOne();
		assertThat(count("select count(*) from qualification where holder_email = 'ana@example.org'"
				+ " or holder_name like 'Ana%'")).isZero();
		assertThat(count("select count(*) from qualification where holder_email like 'erased-%@invalid'"))
			.as("the grant stays, counted").isOne();
		assertThat(count("select count(*) from qualification where holder_email = 'bo@example.org'")).isOne();
	}

	@Test
	void erasingSomeoneChangedMeanwhileIsRefused() {
		signUp(trainingOne, "ana@example.org", "");
		Person ana = as(() -> people.person(personId("ana@example.org"), PeopleScope.everyone()));
		importList("email,phone\nana@example.org,555-0199\n");

		assertThatThrownBy(() -> as(() -> people.erase(ana.id(), ana.version())))
			.isInstanceOfSatisfying(ParticipantsChangeRefused.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("people.error.conflict"));
		assertThat(count("select count(*) from registration where email = 'ana@example.org'")).isOne();
	}

	@Test
	void aParticipantDeletesTheirDataThroughTheirPrivateAddress() {
		Registration first = signUp(trainingOne, "ana@example.org", "Ana");
		signUp(trainingTwo, "ana@example.org", "Ana");

		PersonHistory data = as(() -> people.dataOf(first.privateToken())).orElseThrow();
		assertThat(data.registrations()).hasSize(2);
		assertThat(data.person().email()).isEqualTo("ana@example.org");

		assertThat(as(() -> people.eraseByToken(first.privateToken()))).isTrue();

		assertThat(count("select count(*) from registration where email = 'ana@example.org' or name = 'Ana'")).isZero();
		assertThat(count("select count(*) from person where email = 'ana@example.org'")).isZero();
		assertThat(as(() -> people.dataOf(first.privateToken()))).isEmpty();
		assertThat(as(() -> people.eraseByToken(first.privateToken()))).isFalse();
	}

	private Registration signUp(UUID training, String email, String name) {
		return signUp(training, email, name, "");
	}

	private Registration signUp(UUID training, String email, String name, String phone) {
		return as(() -> registrations.signUp(training,
				new SignUpDetails(name.isEmpty() ? "Someone" : name, email, phone, "", "", true)).registration());
	}

	private void importList(String csv) {
		as(() -> {
			UUID importId = imports.upload("list.csv", csv.getBytes(StandardCharsets.UTF_8),
					UUID.randomUUID());
			return imports.confirm(importId, imports.file(importId).guessedMapping(), false);
		});
	}

	private List<String> emails(PeopleFilter filter) {
		return as(() -> people.directory(filter, PeopleScope.ofTrainings(Set.of(trainingOne, trainingTwo)), 1, 50))
			.people()
			.stream()
			.map(DirectoryEntry::email)
			.toList();
	}

	private List<String> atStage(UUID chapterId, LocalDate from, LocalDate to, FunnelStage stage) {
		return as(() -> people.directory(new PeopleFilter(null, chapterId, null, null, programId, from, to, stage),
				PeopleScope.everyone(), 1, 50))
			.people()
			.stream()
			.map(DirectoryEntry::email)
			.toList();
	}

	/** The registration's person came, and chose the step. */
	private void came(Registration registration, String step, UUID teamId) {
		TenantContext.runAsOrganization(organization.id(), () -> jdbc
			.sql("update registration set attended = true, next_step = ?, next_step_team_id = ? where id = ?")
			.params(step, teamId, registration.id())
			.update());
	}

	private void held(UUID trainingId, LocalDate firstDay) {
		TenantContext.runAsOrganization(organization.id(), () -> jdbc
			.sql("update training set first_day = ?, last_day = ?, status = 'COMPLETED' where id = ?")
			.params(firstDay, firstDay, trainingId)
			.update());
	}

	private UUID personId(String email) {
		return as(() -> jdbc.sql("select id from person where email = ?").param(email).query(UUID.class).single());
	}

	private long count(String sql) {
		return as(() -> jdbc.sql(sql).query(Long.class).single());
	}

	private void withCapacity(UUID id, int capacity) {
		TenantContext.runAsOrganization(organization.id(), () -> {
			TrainingDetails details = TrainingFixtures.details();
			trainings.change(id, Optional.empty(), new TrainingDetails(details.address(), details.onlineLink(), capacity,
					details.language(), details.open(), details.notes()), trainings.training(id).version());
		});
	}

	private <T> T as(Supplier<T> work) {
		return TenantContext.callAsOrganization(organization.id(), work);
	}

}
