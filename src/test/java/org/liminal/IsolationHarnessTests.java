package org.liminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liminal.Fixtures.Person;
import org.liminal.accounts.Invitations;
import org.liminal.accounts.PendingInvitation;
import org.liminal.chapters.ChapterDetails;
import org.liminal.chapters.Chapters;
import org.liminal.coaching.FeedbackContent;
import org.liminal.coaching.FeedbackSubject;
import org.liminal.coaching.Feedbacks;
import org.liminal.coaching.Presentation;
import org.liminal.coaching.RunThroughDetails;
import org.liminal.coaching.RunThroughFormat;
import org.liminal.coaching.RunThroughs;
import org.liminal.curriculum.CurriculumFixtures;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.Programs;
import org.liminal.notifications.Letter;
import org.liminal.notifications.LetterKind;
import org.liminal.notifications.Outbox;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.OrganizationSummary;
import org.liminal.organizations.TenantContext;
import org.liminal.participants.PeopleImports;
import org.liminal.participants.Registration;
import org.liminal.participants.Registrations;
import org.liminal.participants.SignUpDetails;
import org.liminal.participants.TeamDetails;
import org.liminal.participants.Teams;
import org.liminal.pathway.BadgeColour;
import org.liminal.pathway.Evidence;
import org.liminal.pathway.KindDetails;
import org.liminal.pathway.KindScope;
import org.liminal.pathway.NewGrant;
import org.liminal.pathway.QualificationKinds;
import org.liminal.pathway.Qualifications;
import org.liminal.preparation.Checklists;
import org.liminal.trainings.SignUpLinks;
import org.liminal.trainings.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The tenant-isolation harness: for every route of the application, a person of organization B who
 * asks for organization A's things gets "not found" (or the sign-in page), never A's data.
 * <p>
 * Every route must be registered below, with how to fill its path variables with A's identifiers;
 * adding a controller route without registering it fails {@link #everyRouteIsCovered()}. Later
 * issues add their routes and variables here.
 */
@WebTest
@Import({ CurriculumFixtures.class, TrainingFixtures.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationHarnessTests {

	/** How each route is exposed. */
	enum Exposure {

		/** Under {@code /{org}/…}: must answer 404 for anyone outside the organization. */
		TENANT,

		/** Reached through a long random token (a capability link); an unknown token is 404. */
		TOKEN,

		/**
		 * An organization's public page ({@code /{org}/join/…}), open to anyone under its own organization's
		 * address: another organization's token under one's own address is 404, and so is an unknown token.
		 */
		PUBLIC,

		/** Not tied to an organization (sign-in, the organization picker, error page). */
		GLOBAL

	}

	/** Every route of the application: "METHOD pattern" → exposure. */
	static final Map<String, Exposure> ROUTES = Map.ofEntries(
			Map.entry("GET /", Exposure.GLOBAL),
			Map.entry("GET /login", Exposure.GLOBAL),
			Map.entry("GET /organizations", Exposure.GLOBAL),
			Map.entry("GET /error", Exposure.GLOBAL),
			Map.entry("GET /password-reset", Exposure.GLOBAL),
			Map.entry("POST /password-reset", Exposure.GLOBAL),
			Map.entry("GET /password-reset/{token}", Exposure.TOKEN),
			Map.entry("POST /password-reset/{token}", Exposure.TOKEN),
			Map.entry("GET /invitations/{token}", Exposure.TOKEN),
			Map.entry("POST /invitations/{token}", Exposure.TOKEN),
			Map.entry("POST /invitations/{token}/join", Exposure.TOKEN),
			Map.entry("GET /{org}", Exposure.TENANT),
			Map.entry("GET /{org}/join/{signUpToken}", Exposure.PUBLIC),
			Map.entry("POST /{org}/join/{signUpToken}", Exposure.PUBLIC),
			Map.entry("GET /{org}/join", Exposure.PUBLIC),
			Map.entry("GET /{org}/join/registrations/{registrationToken}", Exposure.PUBLIC),
			Map.entry("POST /{org}/join/registrations/{registrationToken}", Exposure.PUBLIC),
			Map.entry("GET /{org}/join/registrations/{registrationToken}/cancel", Exposure.PUBLIC),
			Map.entry("POST /{org}/join/registrations/{registrationToken}/cancel", Exposure.PUBLIC),
			Map.entry("GET /{org}/members", Exposure.TENANT),
			Map.entry("POST /{org}/members/invitations", Exposure.TENANT),
			Map.entry("POST /{org}/members/invitations/{invitationId}/revoke", Exposure.TENANT),
			Map.entry("POST /{org}/members/{membershipId}/roles", Exposure.TENANT),
			Map.entry("POST /{org}/members/{membershipId}/remove", Exposure.TENANT),
			Map.entry("GET /{org}/programs", Exposure.TENANT),
			Map.entry("POST /{org}/programs", Exposure.TENANT),
			Map.entry("GET /{org}/programs/new", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/versions/{number}", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/details", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/details", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/publish", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/discard", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/versions/{number}/modules/{moduleId}", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/modules/{moduleId}", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/modules/new", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/modules", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/modules/{moduleId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/modules/{moduleId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/modules/{moduleId}/remove", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/checklist", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/checklist", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/checklist/{checklistItemId}", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/checklist/{checklistItemId}", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/checklist/{checklistItemId}/remove", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/roles", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/roles", Exposure.TENANT),
			Map.entry("GET /{org}/day-of-roles", Exposure.TENANT),
			Map.entry("POST /{org}/day-of-roles", Exposure.TENANT),
			Map.entry("POST /{org}/day-of-roles/presets", Exposure.TENANT),
			Map.entry("GET /{org}/day-of-roles/new", Exposure.TENANT),
			Map.entry("GET /{org}/day-of-roles/{roleId}", Exposure.TENANT),
			Map.entry("GET /{org}/day-of-roles/{roleId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/day-of-roles/{roleId}", Exposure.TENANT),
			Map.entry("POST /{org}/day-of-roles/{roleId}/retire", Exposure.TENANT),
			Map.entry("POST /{org}/day-of-roles/{roleId}/restore", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/changes", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/versions/{number}/export", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/export", Exposure.TENANT),
			Map.entry("GET /{org}/programs/import", Exposure.TENANT),
			Map.entry("POST /{org}/programs/import", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/agenda", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/agenda/days/{day}/start", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/agenda/items/{itemId}/earlier", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/agenda/items/{itemId}/later", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/agenda/items/{itemId}/move", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/agenda/items/{itemId}/remove", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/agenda/items/{itemId}/notes", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/agenda/modules", Exposure.TENANT),
			Map.entry("POST /{org}/programs/{programId}/draft/agenda/breaks", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/draft/run-of-show", Exposure.TENANT),
			Map.entry("GET /{org}/programs/{programId}/versions/{number}/run-of-show", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/new", Exposure.TENANT),
			Map.entry("POST /{org}/trainings", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/schedule", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/complete", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/discard", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/reschedule", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/reschedule", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/cancel", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/cancel", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/version", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/version", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/staffing", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/staffing", Exposure.TENANT),
			Map.entry("GET /{org}/chapters", Exposure.TENANT),
			Map.entry("POST /{org}/chapters", Exposure.TENANT),
			Map.entry("GET /{org}/chapters/new", Exposure.TENANT),
			Map.entry("GET /{org}/chapters/{chapterId}", Exposure.TENANT),
			Map.entry("GET /{org}/chapters/{chapterId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/chapters/{chapterId}", Exposure.TENANT),
			Map.entry("GET /{org}/chapters/{chapterId}/people", Exposure.TENANT),
			Map.entry("POST /{org}/chapters/{chapterId}/people", Exposure.TENANT),
			Map.entry("GET /calendar/{token}.ics", Exposure.TOKEN),
			Map.entry("GET /{org}/calendars", Exposure.TENANT),
			Map.entry("POST /{org}/calendars/mine/rotate", Exposure.TENANT),
			Map.entry("POST /{org}/calendars/chapters/{chapterId}/rotate", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/calendar.ics", Exposure.TENANT),
			Map.entry("GET /{org}/trainings", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/calendar", Exposure.TENANT),
			Map.entry("GET /{org}/my-trainings", Exposure.TENANT),
			Map.entry("GET /{org}/notifications", Exposure.TENANT),
			Map.entry("POST /{org}/notifications", Exposure.TENANT),
			Map.entry("GET /{org}/daily-runs", Exposure.TENANT),
			Map.entry("POST /{org}/daily-runs", Exposure.TENANT),
			Map.entry("GET /{org}/mail", Exposure.TENANT),
			Map.entry("POST /{org}/mail/{letterId}/retry", Exposure.TENANT),
			Map.entry("GET /unsubscribe/{token}", Exposure.TOKEN),
			Map.entry("POST /unsubscribe/{token}", Exposure.TOKEN),
			Map.entry("GET /{org}/trainings/{trainingId}/checklist/new", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/checklist", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/checklist/{taskId}/done", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/checklist/{taskId}/reopen", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/checklist/{taskId}/owner", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/checklist/{taskId}/comments", Exposure.TENANT),
			Map.entry("GET /{org}/my-tasks", Exposure.TENANT),
			Map.entry("GET /{org}/chapters/{chapterId}/preparation", Exposure.TENANT),
			Map.entry("GET /{org}/feedback/new", Exposure.TENANT),
			Map.entry("POST /{org}/feedback", Exposure.TENANT),
			Map.entry("GET /{org}/feedback/{feedbackId}", Exposure.TENANT),
			Map.entry("GET /{org}/feedback/{feedbackId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/feedback/{feedbackId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/feedback/{feedbackId}/acknowledge", Exposure.TENANT),
			Map.entry("POST /{org}/feedback/{feedbackId}/reply", Exposure.TENANT),
			Map.entry("GET /{org}/my-feedback", Exposure.TENANT),
			Map.entry("GET /{org}/coaching", Exposure.TENANT),
			Map.entry("GET /{org}/coaching/trainers/{accountId}", Exposure.TENANT),
			Map.entry("GET /{org}/coaching/coaches/{accountId}", Exposure.TENANT),
			Map.entry("GET /{org}/rubric", Exposure.TENANT),
			Map.entry("POST /{org}/rubric", Exposure.TENANT),
			// Run-through pages (coaching)
			Map.entry("GET /{org}/trainings/{trainingId}/run-throughs", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/run-throughs", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/run-throughs/new", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/run-throughs/plan", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/run-throughs/plan", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/run-throughs/{runThroughId}", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/run-throughs/{runThroughId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/run-throughs/{runThroughId}/edit", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/run-throughs/{runThroughId}/log", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/run-throughs/{runThroughId}/log", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/run-throughs/{runThroughId}/cancel", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/registrations", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/registrations", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/registrations/new", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/registrations/{registrationId}/move", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/registrations/{registrationId}/move", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/registrations/{registrationId}/cancel", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/registrations.csv", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/check-in", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/check-in/{registrationId}", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/check-in/{registrationId}/undo", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/check-in/walk-ins", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/check-in/sheet", Exposure.TENANT),
			Map.entry("GET /{org}/pathway/kinds", Exposure.TENANT),
			Map.entry("POST /{org}/pathway/kinds", Exposure.TENANT),
			Map.entry("GET /{org}/pathway/kinds/new", Exposure.TENANT),
			Map.entry("POST /{org}/pathway/kinds/usual", Exposure.TENANT),
			Map.entry("GET /{org}/pathway/kinds/{kindId}/edit", Exposure.TENANT),
			Map.entry("GET /{org}/pathway/kinds/{kindId}", Exposure.TENANT),
			Map.entry("POST /{org}/pathway/kinds/{kindId}", Exposure.TENANT),
			Map.entry("POST /{org}/pathway/kinds/{kindId}/retire", Exposure.TENANT),
			Map.entry("POST /{org}/pathway/kinds/{kindId}/restore", Exposure.TENANT),
			Map.entry("GET /{org}/pathway/recognize", Exposure.TENANT),
			Map.entry("POST /{org}/pathway/recognize", Exposure.TENANT),
			Map.entry("GET /{org}/profiles/{accountId}", Exposure.TENANT),
			Map.entry("POST /{org}/profiles/{accountId}/qualifications", Exposure.TENANT),
			Map.entry("POST /{org}/profiles/{accountId}/qualifications/{qualificationId}/revoke", Exposure.TENANT),
			Map.entry("POST /{org}/profiles/{accountId}/qualifications/{qualificationId}/renew", Exposure.TENANT),
			// Dashboards
			Map.entry("GET /{org}/dashboard", Exposure.TENANT),
			Map.entry("GET /{org}/dashboard/chapter", Exposure.TENANT),
			Map.entry("GET /{org}/chapters/{chapterId}/dashboard", Exposure.TENANT),
			Map.entry("GET /{org}/me", Exposure.TENANT),
			// People: the directory, histories, erasure and imports
			Map.entry("GET /{org}/people", Exposure.TENANT),
			Map.entry("GET /{org}/people/{personId}", Exposure.TENANT),
			Map.entry("GET /{org}/people/{personId}/erase", Exposure.TENANT),
			Map.entry("POST /{org}/people/{personId}/erase", Exposure.TENANT),
			Map.entry("GET /{org}/people/import", Exposure.TENANT),
			Map.entry("POST /{org}/people/import", Exposure.TENANT),
			Map.entry("GET /{org}/people/import/{importId}", Exposure.TENANT),
			Map.entry("GET /{org}/people/import/{importId}/review", Exposure.TENANT),
			Map.entry("POST /{org}/people/import/{importId}", Exposure.TENANT),
			// A participant's own data. Public token routes are requested only under B's address or with tokens
			// nobody holds, so the POST never deletes the registration the other public routes share.
			Map.entry("GET /{org}/join/registrations/{registrationToken}/data", Exposure.PUBLIC),
			Map.entry("GET /{org}/join/registrations/{registrationToken}/data/download", Exposure.PUBLIC),
			Map.entry("GET /{org}/join/registrations/{registrationToken}/data/delete", Exposure.PUBLIC),
			Map.entry("POST /{org}/join/registrations/{registrationToken}/data/delete", Exposure.PUBLIC),
			Map.entry("GET /{org}/join/data-deleted", Exposure.PUBLIC),
			// Teams, attendance and next steps (participants)
			Map.entry("GET /{org}/chapters/{chapterId}/teams", Exposure.TENANT),
			Map.entry("POST /{org}/chapters/{chapterId}/teams", Exposure.TENANT),
			Map.entry("GET /{org}/chapters/{chapterId}/teams/new", Exposure.TENANT),
			Map.entry("GET /{org}/chapters/{chapterId}/teams/{teamId}/edit", Exposure.TENANT),
			Map.entry("POST /{org}/chapters/{chapterId}/teams/{teamId}", Exposure.TENANT),
			Map.entry("POST /{org}/chapters/{chapterId}/teams/{teamId}/archive", Exposure.TENANT),
			Map.entry("POST /{org}/chapters/{chapterId}/teams/{teamId}/restore", Exposure.TENANT),
			Map.entry("GET /{org}/trainings/{trainingId}/attendance", Exposure.TENANT),
			Map.entry("POST /{org}/trainings/{trainingId}/attendance", Exposure.TENANT));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Invitations invitations;

	@Autowired
	CurriculumFixtures curriculum;

	@Autowired
	Programs programs;

	@Autowired
	TrainingFixtures trainings;

	@Autowired
	Chapters chapters;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Checklists checklists;

	@Autowired
	RunThroughs runThroughs;

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	QualificationKinds qualificationKinds;

	@Autowired
	Qualifications qualifications;

	@Autowired
	SignUpLinks signUpLinks;

	@Autowired
	Registrations registrations;

	@Autowired
	PeopleImports peopleImports;

	@Autowired
	Teams teams;

	OrganizationSummary a;

	OrganizationSummary b;

	Person organizerOfA;

	Person organizerOfB;

	/** A's identifiers, by path variable name. */
	Map<String, Function<OrganizationSummary, String>> variablesOfA;

	@BeforeAll
	void twoOrganizations() {
		a = fixtures.organization("isolation-a");
		b = fixtures.organization("isolation-b");
		organizerOfA = fixtures.member(a, OrganizationRole.ORGANIZER);
		organizerOfB = fixtures.member(b, OrganizationRole.ORGANIZER);
		Person trainerOfA = fixtures.member(a, OrganizationRole.TRAINER);
		PendingInvitation invitationOfA = TenantContext.callAsOrganization(a.id(), () -> {
			invitations.invite(Fixtures.unique("invitee") + "@test.example", Set.of(OrganizationRole.COACH),
					organizerOfA.accountId(), java.util.Locale.ENGLISH);
			return invitations.pending().get(0);
		});
		// A program of A with version 1 published and a draft open, so that every curriculum page exists.
		UUID programOfA = curriculum.publishedProgram(a, "Isolation program");
		CurriculumView draftOfA = TenantContext.callAsOrganization(a.id(), () -> {
			programs.startDraft(programOfA);
			return programs.draft(programOfA);
		});
		// A chapter of A led by A's chapter lead, with A's trainer in its pool, and a scheduled training there.
		Person leadOfA = fixtures.member(a, OrganizationRole.CHAPTER_LEAD);
		UUID chapterOfA = TenantContext.callAsOrganization(a.id(), () -> {
			UUID chapterId = chapters.create(new ChapterDetails("Isolation chapter", "isolation-chapter",
					ZoneId.of("America/Chicago"), "Midwest", true));
			chapters.changePeople(chapterId, Set.of(leadOfA.accountId()), Set.of(trainerOfA.accountId()), 0);
			return chapterId;
		});
		UUID trainingOfA = trainings.scheduled(a, chapterOfA, programOfA, LocalDate.now().plusWeeks(8));
		// A digest to A's trainer (which also gives the trainer an unsubscribe address of A).
		UUID letterOfA = TenantContext.callAsOrganization(a.id(), () -> {
			outbox.post(new Letter(a.id(), trainerOfA.accountId(), trainerOfA.email(), Locale.ENGLISH,
					LetterKind.DIGEST, "test/greeting", "mail.invitation.subject", List.of(a.name()),
					Map.of("headline", "Due soon", "body", "Two tasks"), null));
			return jdbc.queryForObject("select id from mail_letter where to_address = ?", UUID.class,
					trainerOfA.email());
		});
		UUID taskOfA = TenantContext.callAsOrganization(a.id(),
				() -> checklists.checklist(trainingOfA).orElseThrow().items().get(0).id());
		// A coach's draft feedback to A's trainer on a run-through held today.
		Person coachOfA = fixtures.member(a, OrganizationRole.COACH);
		UUID feedbackOfA = TenantContext.callAsOrganization(a.id(), () -> {
			UUID moduleKey = programs.latestPublished(programOfA).orElseThrow().modules().get(0).key();
			UUID runThroughId = runThroughs.log(trainingOfA, new RunThroughDetails(
					LocalDate.now(ZoneId.of("America/Chicago")), null, RunThroughFormat.ONLINE, "",
					List.of(new Presentation(moduleKey, trainerOfA.accountId(), 30, 35)), Set.of(), "", ""),
					coachOfA.accountId());
			return feedbacks.start(new FeedbackSubject(trainingOfA, runThroughId, moduleKey, trainerOfA.accountId()),
					coachOfA.accountId(), new FeedbackContent(Map.of(), "", "", null), false);
		});
		// A run-through of A's training, planned a week ahead, its lead presenting the first module.
		UUID runThroughOfA = TenantContext.callAsOrganization(a.id(), () -> runThroughs.plan(trainingOfA,
				new RunThroughDetails(LocalDate.now().plusDays(7), null, RunThroughFormat.ONLINE, "",
						List.of(new Presentation(programs.latestPublished(programOfA).orElseThrow().modules().get(0).key(),
								trainerOfA.accountId(), 30, null)),
						Set.of(), "", ""),
				leadOfA.accountId()));
		// A qualification of A granted to A's trainer: its kind, holder and grant.
		UUID kindOfA = TenantContext.callAsOrganization(a.id(), () -> qualificationKinds.create(new KindDetails(
				"Isolation pin", "", BadgeColour.GOLD, KindScope.GENERAL, null, null, null)));
		UUID qualificationOfA = TenantContext.callAsOrganization(a.id(), () -> qualifications.grant(
				trainerOfA.accountId(), new NewGrant(kindOfA, null, Evidence.none()), organizerOfA.accountId()));
		// A's training's sign-up address, and a newcomer's registration with its private address.
		String signUpTokenOfA = TenantContext.callAsOrganization(a.id(),
				() -> signUpLinks.tokensOf(List.of(trainingOfA)).get(trainingOfA));
		Registration registrationOfA = TenantContext.callAsOrganization(a.id(), () -> registrations
			.signUp(trainingOfA, new SignUpDetails("Newcomer", Fixtures.unique("newcomer") + "@test.example", "", "", "",
					true))
			.registration());
		// The newcomer as a person of A, and a list of people uploaded by A's organizer, waiting to be imported.
		UUID personOfA = TenantContext.callAsOrganization(a.id(), () -> jdbc.queryForObject(
				"select id from person where email = ?", UUID.class, registrationOfA.email()));
		UUID importOfA = TenantContext.callAsOrganization(a.id(), () -> peopleImports.upload("people.csv",
				"name,email\nAna,ana@test.example\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				organizerOfA.accountId()));
		// A team of A's chapter, which newcomers can join after a training.
		UUID teamOfA = TenantContext.callAsOrganization(a.id(), () -> teams.create(chapterOfA,
				new TeamDetails("Isolation team", "", "Team contact", "contact@test.example")));
		variablesOfA = Map.ofEntries(
				Map.entry("personId", org -> personOfA.toString()),
				Map.entry("importId", org -> importOfA.toString()),
				Map.entry("teamId", org -> teamOfA.toString()),
				Map.entry("signUpToken", org -> signUpTokenOfA),
				Map.entry("registrationToken", org -> registrationOfA.privateToken()),
				Map.entry("registrationId", org -> registrationOfA.id().toString()),
				Map.entry("runThroughId", org -> runThroughOfA.toString()),
				Map.entry("feedbackId", org -> feedbackOfA.toString()),
				Map.entry("accountId", org -> trainerOfA.accountId().toString()),
				Map.entry("chapterId", org -> chapterOfA.toString()),
				Map.entry("trainingId", org -> trainingOfA.toString()),
				Map.entry("letterId", org -> letterOfA.toString()),
				Map.entry("taskId", org -> taskOfA.toString()),
				Map.entry("membershipId", org -> trainerOfA.member().membershipId().toString()),
				Map.entry("invitationId", org -> invitationOfA.id().toString()),
				Map.entry("token", org -> "unknown-" + UUID.randomUUID()),
				Map.entry("programId", org -> programOfA.toString()),
				Map.entry("number", org -> "1"),
				Map.entry("day", org -> "1"),
				Map.entry("moduleId", org -> draftOfA.modules().get(0).id().toString()),
				Map.entry("itemId", org -> draftOfA.agenda().get(0).slots().get(0).itemId().toString()),
				Map.entry("checklistItemId", org -> draftOfA.checklist().get(0).id().toString()),
				Map.entry("roleId", org -> draftOfA.roleNeeds().get(0).dayOfRoleId().toString()),
				Map.entry("kindId", org -> kindOfA.toString()),
				Map.entry("qualificationId", org -> qualificationOfA.toString()));
	}

	@Test
	void everyRouteIsCovered() {
		Set<String> routes = applicationRoutes();

		assertThat(routes).as("routes missing from the isolation harness (register them in ROUTES)")
			.isSubsetOf(ROUTES.keySet());
		assertThat(ROUTES.keySet()).as("routes in the harness that no longer exist").isSubsetOf(routes);
	}

	@Test
	void anotherOrganizationsPagesAreNotFound() throws Exception {
		MockHttpSession sessionOfB = SignIn.as(mvc, organizerOfB.email());
		List<String> leaks = new ArrayList<>();
		for (var route : ROUTES.entrySet()) {
			if (route.getValue() != Exposure.TENANT) {
				continue;
			}
			String[] methodAndPattern = route.getKey().split(" ", 2);
			String pattern = methodAndPattern[1];
			// A's organization with A's ids, then B's own organization with A's ids.
			check(leaks, methodAndPattern[0], expand(pattern, a), sessionOfB);
			if (pattern.replace("{org}", "").contains("{")) {
				check(leaks, methodAndPattern[0], expand(pattern, b), sessionOfB);
			}
		}
		assertThat(leaks).as("requests by organization B that were not 'not found'").isEmpty();
	}

	/**
	 * Feedback is confidential within the organization too: another trainer, or a coach who does not coach the
	 * presenter, finds none of A's coach's feedback (here a draft, which not even its presenter sees yet).
	 */
	@Test
	void anotherTrainersFeedbackIsNotFound() throws Exception {
		List<MockHttpSession> strangers = List.of(
				SignIn.as(mvc, fixtures.member(a, OrganizationRole.TRAINER).email()),
				SignIn.as(mvc, fixtures.member(a, OrganizationRole.COACH).email()));
		List<String> leaks = new ArrayList<>();
		List<String> feedbackRoutes = ROUTES.keySet().stream().filter(route -> route.contains("{feedbackId}")).toList();
		for (String route : feedbackRoutes) {
			String[] methodAndPattern = route.split(" ", 2);
			for (MockHttpSession stranger : strangers) {
				check(leaks, methodAndPattern[0], expand(methodAndPattern[1], a), stranger);
			}
		}
		assertThat(feedbackRoutes).hasSizeGreaterThanOrEqualTo(4);
		assertThat(leaks).as("feedback requests by people it is not for that were not 'not found'").isEmpty();
	}

	@Test
	void unknownTokensAreNotFound() throws Exception {
		List<String> leaks = new ArrayList<>();
		for (var route : ROUTES.entrySet()) {
			if (route.getValue() == Exposure.TOKEN) {
				String[] methodAndPattern = route.getKey().split(" ", 2);
				MvcResult result = perform(methodAndPattern[0], expand(methodAndPattern[1], a), null);
				int status = result.getResponse().getStatus();
				if (status != 404) {
					leaks.add(route.getKey() + " answered " + status);
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	/**
	 * Public pages answer under their own organization's address only: B's address with A's tokens, or A's
	 * address with a token nobody was given, is "not found", signed in or not.
	 */
	@Test
	void publicPagesOpenOnlyTheirOwnOrganizationsTokens() throws Exception {
		MockHttpSession sessionOfB = SignIn.as(mvc, organizerOfB.email());
		List<String> leaks = new ArrayList<>();
		List<String> tokenRoutes = ROUTES.entrySet()
			.stream()
			.filter(route -> route.getValue() == Exposure.PUBLIC && route.getKey().contains("Token}"))
			.map(Map.Entry::getKey)
			.toList();
		for (String route : tokenRoutes) {
			String[] methodAndPattern = route.split(" ", 2);
			String pattern = methodAndPattern[1];
			for (MockHttpSession session : java.util.Arrays.asList(null, sessionOfB)) {
				check(leaks, methodAndPattern[0], expand(pattern, b), session);
				check(leaks, methodAndPattern[0], expand(pattern.replaceAll("\\{\\w+Token}", "unknown-token"), a),
						session);
				check(leaks, methodAndPattern[0],
						expand(pattern.replaceAll("\\{\\w+Token}", "0".repeat(64)), a), session);
			}
		}
		assertThat(leaks).as("public requests with tokens not of that organization that were not 'not found'")
			.isEmpty();
	}

	@Test
	void globalPagesNeverShowAnotherOrganizationsData() throws Exception {
		MockHttpSession sessionOfB = SignIn.as(mvc, organizerOfB.email());
		for (var route : ROUTES.entrySet()) {
			String[] methodAndPattern = route.getKey().split(" ", 2);
			if (route.getValue() == Exposure.GLOBAL && methodAndPattern[0].equals("GET")) {
				String body = perform("GET", methodAndPattern[1], sessionOfB).getResponse().getContentAsString();
				assertThat(body).as(route.getKey()).doesNotContain(a.name()).doesNotContain(organizerOfA.email());
			}
		}
	}

	private void check(List<String> leaks, String method, String path, MockHttpSession session) throws Exception {
		MvcResult result = perform(method, path, session);
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString();
		if (status != 404 || body.contains(organizerOfA.email())) {
			leaks.add(method + " " + path + " answered " + status);
		}
	}

	private MvcResult perform(String method, String path, MockHttpSession session) throws Exception {
		var request = request(HttpMethod.valueOf(method), path).with(csrf()).accept("text/html")
			.param("roles", "TRAINER")
			.param("version", "0")
			.param("email", "someone@test.example");
		if (session != null) {
			request.session(session);
		}
		return mvc.perform(request).andReturn();
	}

	private String expand(String pattern, OrganizationSummary organization) {
		Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String name = variable.group(1);
			String value = name.equals("org") ? organization.slug() : variablesOfA.get(name).apply(organization);
			variable.appendReplacement(path, value);
		}
		variable.appendTail(path);
		return path.toString();
	}

	private Set<String> applicationRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
				}
				methods.forEach(method -> routes.add(method.name() + " " + pattern));
			}
		}
		return routes;
	}

}
