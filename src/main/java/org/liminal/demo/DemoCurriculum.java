package org.liminal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.liminal.curriculum.AgendaDay;
import org.liminal.curriculum.ChecklistTask;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.DayOfRoles;
import org.liminal.curriculum.DraftAgenda;
import org.liminal.curriculum.DraftChecklist;
import org.liminal.curriculum.DraftModules;
import org.liminal.curriculum.DraftRoleNeeds;
import org.liminal.curriculum.Material;
import org.liminal.curriculum.ModuleContent;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.PathwayLevel;
import org.liminal.curriculum.ProgramDetails;
import org.liminal.curriculum.Programs;
import org.liminal.curriculum.ResponsibleRole;
import org.liminal.curriculum.RoleCard;
import org.liminal.curriculum.RoleNeedView;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StreamUtils;

/**
 * The demo organization's curriculum, after the mass trainings movements such as IfNotNow and Otpor ran: a
 * two-day Core training (published twice, so the page of what changed between versions has something to show), a
 * Strategy upgrade and a Training of trainers. Facilitation guides are Markdown files in {@code demo/guides/}.
 * The content is English only: it is sample data, not interface text.
 */
@Component
@Profile("demo & !operator")
class DemoCurriculum {

	private static final String GUIDES = "demo/guides/";

	/** Handouts and slides of the demo movement; example.org because the movement is made up. */
	private static final String HANDOUTS = "https://example.org/demo-movement/";

	private static final Material PUBLIC_NARRATIVE_WORKSHEET = new Material("Public narrative worksheet (Marshall Ganz)",
			"https://leadingchangenetwork.org/resource_center/public-narrative-worksheet-worksheet-to-formulate-your-story-of-self/");

	private static final Material WHAT_IS_PUBLIC_NARRATIVE = new Material("What is public narrative: self, us and now",
			"https://leadingchangenetwork.org/resource_center/what-is-public-narrative-self-us-and-now-public-narrative-worksheet-working-paper/");

	private static final Material LADDER_OF_ENGAGEMENT = new Material("The ladder of engagement (Commons Social Change Library)",
			"https://commonslibrary.org/building-leadership-capacity-the-ladder-of-engagement/");

	private static final RoleCard FEEDBACK_COLLECTOR = new RoleCard("Feedback collector",
			"Gathers what participants and trainers say about the training, so that the next one is better.",
			"Set up the feedback form and agree with the lead trainer when the feedback moments are (the end of each day).",
			"Hand out and collect the forms; note what you hear at the breaks: what landed, what confused people, "
					+ "where the energy dropped.",
			"Type up the feedback within two days and bring it to the trainers' debrief.");

	private static final RoleCard PARTICIPANT_SUPPORTER = new RoleCard("Participant supporter",
			"Looks after participants who need a break, support or an accessible space.",
			"Read the access needs from the registrations, prepare a quiet room, and know whom to call if someone needs "
					+ "more help than you can give.",
			"Stay in the room during the story modules and check in with anyone who steps out; make sure access needs "
					+ "are met.",
			"Follow up with the people you supported, if they want it, and tell the lead trainer what to do better.");

	private final Programs programs;

	private final DraftModules modules;

	private final DraftAgenda agenda;

	private final DraftChecklist checklist;

	private final DraftRoleNeeds roleNeeds;

	private final DayOfRoles dayOfRoles;

	DemoCurriculum(Programs programs, DraftModules modules, DraftAgenda agenda, DraftChecklist checklist,
			DraftRoleNeeds roleNeeds, DayOfRoles dayOfRoles) {
		this.programs = programs;
		this.modules = modules;
		this.agenda = agenda;
		this.checklist = checklist;
		this.roleNeeds = roleNeeds;
		this.dayOfRoles = dayOfRoles;
	}

	/**
	 * Seeds the programs of the organization set as tenant, all or nothing, unless it already has programs (a
	 * database seeded before the demo held a curriculum gets one on the next start).
	 */
	@Transactional
	void seedUnlessPresent() {
		if (!programs.list(true).isEmpty()) {
			return;
		}
		UUID feedbackCollector = dayOfRoles.create(FEEDBACK_COLLECTOR);
		UUID participantSupporter = dayOfRoles.create(PARTICIPANT_SUPPORTER);
		UUID core = coreTraining(feedbackCollector);
		improveCoreTraining(core, participantSupporter);
		strategyUpgrade();
		trainingOfTrainers(feedbackCollector);
	}

	// --- Core training ----------------------------------------------------------------

	private UUID coreTraining(UUID feedbackCollector) {
		UUID program = programs.create(new ProgramDetails("Core training",
				"The two-day initiation every newcomer goes through. It hands over the movement's DNA (our story, "
						+ "strategy, structure and culture) so that anyone can act without waiting for permission, "
						+ "and nobody leaves without a team and a next step. Local trainers run it in every chapter, "
						+ "exactly as written here.",
				PathwayLevel.INITIATION, 2, 40, List.of("en")), Locale.ENGLISH);
		UUID welcome = modules.add(program, content("welcome-and-agreements", "Welcome and agreements", 45, 2, false,
				"Open a space apart from everyday life, where people feel welcome and agree how to treat each other.",
				"Participants know what the two days hold, who holds which day-of role, and the group agreements.",
				new Material("Group agreements poster", HANDOUTS + "core/group-agreements.pdf")));
		UUID self = modules.add(program, content("story-of-self", "Story of self", 60, 2, true,
				"Help every participant find and tell the story of why they are called to act.",
				"Participants can name a moment of challenge, choice and outcome in their life and tell it in two "
						+ "minutes; they can listen and give a glow and a grow.",
				PUBLIC_NARRATIVE_WORKSHEET, WHAT_IS_PUBLIC_NARRATIVE));
		UUID us = modules.add(program, content("story-of-us", "Story of us", 60, 2, true,
				"Turn a room of strangers into an \"us\" that shares values, and tell the story of our movement.",
				"Participants can name the values we share, tell a short story that expresses them, and retell the "
						+ "founding story of the movement.",
				WHAT_IS_PUBLIC_NARRATIVE, new Material("The story of our movement (slides)", HANDOUTS + "core/our-story.pdf")));
		UUID now = modules.add(program, content("story-of-now", "Story of now", 60, 2, true,
				"Connect self and us to an urgent challenge, a hopeful vision and a choice to act now.",
				"Participants can tell a four-minute public narrative that ends with a concrete ask.",
				WHAT_IS_PUBLIC_NARRATIVE));
		UUID change = modules.add(program, content("theory-of-change", "Theory of change", 90, 2, true,
				"Share how our movement believes change happens, so every chapter acts on the same strategy.",
				"Participants can explain the cycle of escalation, active popular support and absorption, and place "
						+ "a past campaign on it.",
				new Material("Theory of change (slides)", HANDOUTS + "core/theory-of-change.pdf"),
				new Material("Case studies: Otpor and the Dreamers", HANDOUTS + "core/case-studies.pdf")));
		UUID escalation = modules.add(program, content("escalation", "Escalation: the ladder of engagement", 90, 2,
				true, "Plan actions that grow in risk, disruption and participation, each bringing in the next wave.",
				"Participants can sketch a three-step escalation and the ladder that moves newcomers from a first "
						+ "action to leading a team.",
				LADDER_OF_ENGAGEMENT, new Material("Ladder rungs to print", HANDOUTS + "core/ladder-rungs.pdf")));
		UUID absorption = modules.add(program, content("absorption", "Absorption: room for thousands", 75, 2, true,
				"Prepare chapters to turn a surge of newcomers into trained, organized members instead of losing them.",
				"Participants can plan the week after 200 sign-ups arrive: calls, the next training date, teams and "
						+ "roles handed to volunteers.",
				new Material("Simulation cards: 200 sign-ups", HANDOUTS + "core/absorption-simulation.pdf")));
		UUID discipline = modules.add(program, content("nonviolent-discipline-and-action-roles",
				"Nonviolent discipline and action roles", 75, 2, true,
				"Show why nonviolent discipline is strategic and how roles keep an action safe and clear.",
				"Participants know the action roles and the action agreements, and have practised staying calm in a "
						+ "tense scene.",
				new Material("Action roles cards", HANDOUTS + "core/action-roles.pdf"),
				new Material("Nonviolence training resources (Waging Nonviolence)",
						"https://wagingnonviolence.org/2012/01/ready-set-go/")));
		UUID teams = modules.add(program, content("team-launch", "Team launch", 75, 2, true,
				"Make sure nobody leaves without a team: the heart of absorption.",
				"Every participant joins a local team with roles, a first meeting date and a first commitment.",
				new Material("Team menu template", HANDOUTS + "core/team-menu.docx")));
		UUID closing = modules.add(program, content("next-steps-and-closing", "Next steps and closing", 45, 1, false,
				"Close with a clear path forward and the feeling of being part of something bigger.",
				"Participants know their next step, the pathway to becoming a trainer, and the next training date.",
				new Material("Feedback form", HANDOUTS + "core/feedback-form.pdf")));

		day(program, 1, LocalTime.of(9, 30), module(welcome), module(self), pause("Morning break", 15), module(us),
				pause("Lunch", 60), module(now), pause("Afternoon break", 15), module(change));
		day(program, 2, LocalTime.of(9, 30), module(escalation), pause("Morning break", 15), module(absorption),
				pause("Lunch", 60), module(discipline), module(teams), pause("Afternoon break", 15), module(closing));
		needAlso(program, Map.of(feedbackCollector, 1));
		publish(program);
		return program;
	}

	/**
	 * Version 2, after the first trainings: pairs ran out of time in Story of self, trainers asked for support after
	 * emotional story sessions, and the team launch came when people were most tired. The Mexico City chapter's
	 * trainers now deliver it in Spanish too (the guides stay English: they are sample data).
	 */
	private void improveCoreTraining(UUID program, UUID participantSupporter) {
		programs.startDraft(program);
		ProgramDetails details = programs.draft(program).details();
		programs.changeDetails(program, new ProgramDetails(details.name(), details.description(), details.level(),
				details.lengthDays(), details.capacity(), List.of("en", "es")), programs.draft(program).version());
		ModuleView self = moduleTitled(programs.draft(program), "Story of self");
		ModuleContent was = self.content();
		modules.change(program, self.id(), new ModuleContent(was.title(), was.purpose(), was.learningGoals(), 75,
				was.trainersNeeded(), guide("story-of-self-revised"), true, was.materials()), self.version());
		agenda.changeDayStart(program, 1, LocalTime.of(9, 15));

		UUID safety = modules.add(program, content("safety-and-wellbeing", "Safety and wellbeing", 30, 1, true,
				"Show how we look after each other, so people stay in the movement for years, not months.",
				"Participants know the buddy system, the quiet room, debriefs after actions and whom to call, and "
						+ "bring one practice to their team.",
				new Material("Wellbeing practices handout", HANDOUTS + "core/wellbeing.pdf")));
		UUID safetyItem = agenda.addModule(program, 2, safety);
		agenda.moveTo(program, safetyItem, 2, placeAfter(programs.draft(program), 2, "Nonviolent discipline and action roles"));
		// The afternoon break now comes before the team launch, when people need their energy most.
		agenda.moveEarlier(program, slotTitled(programs.draft(program), 2, "Afternoon break").itemId());

		checklist.add(program, new ChecklistTask("Prepare the quiet room and the wellbeing plan",
				"Find a quiet room near the training room, read the access needs of the registrations, and agree with "
						+ "the lead trainer how to step in during the story modules.",
				-2, ResponsibleRole.DAY_OF_ROLE, participantSupporter));
		Map<UUID, Integer> needs = new LinkedHashMap<>();
		for (RoleNeedView need : programs.draft(program).roleNeeds()) {
			needs.put(need.dayOfRoleId(), need.name().equals("Welcomer") ? 2 : need.people());
		}
		needs.put(participantSupporter, 1);
		roleNeeds.change(program, needs, programs.draft(program).version());
		publish(program);
	}

	// --- Strategy upgrade -------------------------------------------------------------

	private void strategyUpgrade() {
		UUID program = programs.create(new ProgramDetails("Strategy upgrade",
				"A one-day deep dive for team leads and experienced members: how to embody our theory of change, "
						+ "design actions with good action logic, avoid the myth of the righteous few, and carry the "
						+ "same conversation back to every chapter.",
				PathwayLevel.UPGRADE, 1, 40, List.of("en")), Locale.ENGLISH);
		UUID stands = modules.add(program, content("where-our-movement-stands", "Where our movement stands", 45, 1,
				false, "Place everyone in the same moment: what we did, where we are in the cycle of momentum.",
				"Participants can draw the movement's timeline of surges and quiet stretches and say where we are now.",
				new Material("Timeline of our campaigns", HANDOUTS + "strategy/timeline.pdf")));
		UUID theory = modules.add(program, content("theory-of-change-deep-dive", "Our theory of change, in depth", 75,
				2, true, "Give leaders a firm grip on the theory of change, so chapters stay true to our unique role.",
				"Participants can explain the theory in their own words and tell an aligned plan from one that drifts.",
				new Material("Three chapter plans (case material)", HANDOUTS + "strategy/chapter-plans.pdf")));
		UUID logic = modules.add(program, content("action-logic", "Action logic", 75, 2, true,
				"Design actions whose meaning the public understands at a glance.",
				"Participants can judge an action's logic and redesign a past action so it explains itself.",
				new Material("Action logic checklist", HANDOUTS + "strategy/action-logic.pdf"),
				new Material("Beautiful Trouble toolbox", "https://beautifultrouble.org/toolbox")));
		UUID few = modules.add(program, content("myth-of-the-righteous-few", "The myth of the righteous few", 60, 2,
				true, "Keep the movement open to people outside the usual activist circles.",
				"Participants can recognise the myth in their chapter and name one community they will reach.",
				new Material("Fishbowl instructions", HANDOUTS + "strategy/fishbowl.pdf")));
		UUID conversation = modules.add(program, content("leading-the-strategy-conversation",
				"Leading the strategy conversation in your chapter", 60, 2, true,
				"Carry the upgrade home: every chapter holds the same strategy conversation within a month.",
				"Each participant leaves with a date, co-facilitators and a plan for a 90-minute chapter session.",
				new Material("Chapter session template", HANDOUTS + "strategy/chapter-session.docx")));
		day(program, 1, LocalTime.of(10, 0), module(stands), module(theory), pause("Break", 15), module(logic),
				pause("Lunch", 60), module(few), pause("Break", 15), module(conversation));
		publish(program);
	}

	// --- Training of trainers ---------------------------------------------------------

	private void trainingOfTrainers(UUID feedbackCollector) {
		UUID program = programs.create(new ProgramDetails("Training of trainers",
				"Prepares people who went through the Core training to deliver its modules: how adults learn, "
						+ "facilitating from a guide, feedback, run-throughs with a coach, and training as a team. "
						+ "Trainers train the trainers who train the trainers.",
				PathwayLevel.TRAINING_OF_TRAINERS, 1, 24, List.of("en")), Locale.ENGLISH);
		UUID learning = modules.add(program, content("how-adults-learn", "How adults learn", 60, 1, true,
				"Ground every trainer in how people really learn: by doing, with coaches and peers, a little by "
						+ "instruction.",
				"Participants can explain 70/20/10 and mark where a module's guide has doing, coaching and telling.",
				new Material("How adults learn (slides)", HANDOUTS + "tot/how-adults-learn.pdf")));
		UUID facilitating = modules.add(program, content("facilitating-a-module", "Facilitating a module", 90, 2, true,
				"Deliver any module from its facilitation guide, keeping its goal, timing and the movement's DNA.",
				"Participants have delivered ten minutes of a module and know the common traps and how to recover.",
				new Material("Anatomy of a facilitation guide", HANDOUTS + "tot/guide-anatomy.pdf")));
		UUID feedback = modules.add(program, content("giving-and-receiving-feedback", "Giving and receiving feedback",
				60, 2, true, "Build a culture where trainers help each other improve.",
				"Participants can give two glows and a grow with the coaches' rubric, and receive feedback without "
						+ "defending themselves.",
				new Material("Coaching rubric", HANDOUTS + "tot/rubric.pdf")));
		UUID runThroughs = modules.add(program, content("run-throughs-and-coaching", "Run-throughs and coaching", 90, 2,
				true, "Keep quality as the movement scales: three run-throughs of every module, watched by a coach.",
				"Participants know the prep calendar, have watched a real run-through with feedback, and can log one.",
				new Material("Run-through log sheet", HANDOUTS + "tot/run-through-log.pdf")));
		UUID coTraining = modules.add(program, content("co-training", "Co-training and the trainer pathway", 45, 1,
				false, "Deliver as a team and bring the next trainers in.",
				"Participants have a co-training contract with a partner and know their next step on the pathway.",
				new Material("Co-training contract", HANDOUTS + "tot/co-training-contract.docx")));
		day(program, 1, LocalTime.of(9, 30), module(learning), pause("Break", 15), module(facilitating),
				pause("Lunch", 60), module(feedback), pause("Break", 15), module(runThroughs), module(coTraining));
		needAlso(program, Map.of(feedbackCollector, 1));
		publish(program);
	}

	// --- Building blocks --------------------------------------------------------------

	/** A module or a break of a day's agenda, in the order given. */
	private record Slot(UUID moduleId, String breakTitle, int breakMinutes) {
	}

	private static Slot module(UUID moduleId) {
		return new Slot(moduleId, null, 0);
	}

	private static Slot pause(String title, int minutes) {
		return new Slot(null, title, minutes);
	}

	private void day(UUID program, int day, LocalTime start, Slot... slots) {
		agenda.changeDayStart(program, day, start);
		for (Slot slot : slots) {
			if (slot.moduleId() == null) {
				agenda.addBreak(program, day, slot.breakTitle(), slot.breakMinutes());
			}
			else {
				agenda.addModule(program, day, slot.moduleId());
			}
		}
	}

	private static ModuleContent content(String guide, String title, int minutes, int trainers,
			boolean runThroughRequired, String purpose, String learningGoals, Material... materials) {
		return new ModuleContent(title, purpose, learningGoals, minutes, trainers, guide(guide), runThroughRequired,
				List.of(materials));
	}

	private static String guide(String slug) {
		try {
			return StreamUtils.copyToString(new ClassPathResource(GUIDES + slug + ".md").getInputStream(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No facilitation guide " + GUIDES + slug + ".md", ex);
		}
	}

	/** Adds roles to those the program got when it was created (the welcomer, timekeeper and fun captain). */
	private void needAlso(UUID program, Map<UUID, Integer> more) {
		Map<UUID, Integer> needs = new LinkedHashMap<>();
		programs.draft(program).roleNeeds().forEach(need -> needs.put(need.dayOfRoleId(), need.people()));
		needs.putAll(more);
		roleNeeds.change(program, needs, programs.draft(program).version());
	}

	private void publish(UUID program) {
		programs.publish(program, programs.draft(program).version());
	}

	private static ModuleView moduleTitled(CurriculumView view, String title) {
		return view.modules().stream().filter(module -> module.title().equals(title)).findFirst().orElseThrow();
	}

	private static AgendaDay.TimedSlot slotTitled(CurriculumView view, int day, String title) {
		return view.agenda()
			.get(day - 1)
			.slots()
			.stream()
			.filter(slot -> slot.slot().title().equals(title))
			.findFirst()
			.orElseThrow();
	}

	/** The place (counted from 1) right after a slot of a day. */
	private static int placeAfter(CurriculumView view, int day, String title) {
		return view.agenda().get(day - 1).slots().indexOf(slotTitled(view, day, title)) + 2;
	}

}
