package org.liminal.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.liminal.curriculum.ModuleView;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.OrganizationRole;
import org.liminal.organizations.TenantContext;
import org.liminal.shared.RecordRows;
import org.liminal.trainings.Post;
import org.liminal.trainings.StaffedSeat;
import org.liminal.trainings.TrainingFinder;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingSummary;
import org.liminal.trainings.TrainingView;
import org.liminal.trainings.Trainings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaches' feedback to trainers: written as drafts, submitted (the trainer is written to), acknowledged and
 * answered once by the trainer. Who may read which feedback is decided here, in {@link #maySee}, and nowhere else.
 */
@Service
public class Feedbacks {

	public static final int MAX_REPLY = 2000;

	/**
	 * The latest verdict is the one on the latest occasion: feedback on the delivered training over feedback on any
	 * run-through, a later run-through over an earlier one, and only then the later submission.
	 */
	private static final String LATEST_VERDICTS = """
			select distinct on (f.training_id, f.module_key, f.presenter_id)
			       f.training_id, f.module_key, f.presenter_id, f.verdict, f.coach_id, f.id as feedback_id, f.submitted_at
			from feedback f
			left join run_through r on r.id = f.run_through_id
			where f.status = 'SUBMITTED' and f.%s = any(:ids)
			order by f.training_id, f.module_key, f.presenter_id, r.run_on desc nulls first, f.submitted_at desc, f.id""";

	private final FeedbackRepository feedbacks;

	private final RunThroughs runThroughs;

	private final Trainings trainings;

	private final TrainingFinder finder;

	private final Programs programs;

	private final Chapters chapters;

	private final Rubrics rubrics;

	private final Coachees coachees;

	private final FeedbackLetters letters;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Feedbacks(FeedbackRepository feedbacks, RunThroughs runThroughs, Trainings trainings, TrainingFinder finder,
			Programs programs, Chapters chapters, Rubrics rubrics, Coachees coachees, FeedbackLetters letters,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.feedbacks = feedbacks;
		this.runThroughs = runThroughs;
		this.trainings = trainings;
		this.finder = finder;
		this.programs = programs;
		this.chapters = chapters;
		this.rubrics = rubrics;
		this.coachees = coachees;
		this.letters = letters;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the feedback would be about, if there is such a thing to give feedback on: a presenter's part of a held
	 * run-through, or a module seat holder's module of a delivered training (completed, or scheduled and begun).
	 * @throws FeedbackNotFound when the part or seat does not exist
	 * @throws CoachingChangeRefused when the run-through is not held or the training not delivered yet
	 */
	@Transactional(readOnly = true)
	public FeedbackOccasion occasion(FeedbackSubject subject) {
		TrainingView training = trainings.training(subject.trainingId());
		String moduleTitle = programs.version(training.versionId())
			.orElseThrow(TrainingNotFound::new)
			.modules()
			.stream()
			.filter(module -> module.key().equals(subject.moduleKey()))
			.map(ModuleView::title)
			.findFirst()
			.orElseThrow(FeedbackNotFound::new);
		if (subject.isOnRunThrough()) {
			RunThroughView runThrough = runThroughs.runThrough(subject.runThroughId());
			if (!runThrough.trainingId().equals(subject.trainingId())) {
				throw new FeedbackNotFound();
			}
			Presentation part = runThrough.parts()
				.stream()
				.filter(each -> each.moduleKey().equals(subject.moduleKey())
						&& each.presenterId().equals(subject.presenterId()))
				.findFirst()
				.orElseThrow(FeedbackNotFound::new);
			if (!runThrough.isHeld()) {
				throw new CoachingChangeRefused(null, "feedback.error.notHeld");
			}
			return new FeedbackOccasion(subject, training, moduleTitle, runThrough.details().date(), part);
		}
		boolean holdsSeat = training.team()
			.stream()
			.filter(StaffedSeat::isFilled)
			.anyMatch(seat -> seat.seat().post() == Post.MODULE && subject.moduleKey().equals(seat.seat().moduleKey())
					&& seat.holder().accountId().equals(subject.presenterId()));
		if (!holdsSeat) {
			throw new FeedbackNotFound();
		}
		LocalDate today = trainings.today(training.chapter().zone());
		boolean delivered = training.status() == TrainingStatus.COMPLETED
				|| training.status() == TrainingStatus.SCHEDULED && !training.firstDay().isAfter(today);
		if (!delivered) {
			throw new CoachingChangeRefused(null, "feedback.error.notDelivered");
		}
		return new FeedbackOccasion(subject, training, moduleTitle, training.firstDay(), null);
	}

	/** This coach's feedback on the subject, if they started some: a second "new" opens it. */
	@Transactional(readOnly = true)
	public Optional<FeedbackView> existing(FeedbackSubject subject, UUID coachId) {
		return feedbacks
			.findByTrainingIdAndRunThroughIdAndModuleKeyAndPresenterIdAndCoachId(subject.trainingId(),
					subject.runThroughId(), subject.moduleKey(), subject.presenterId(), coachId)
			.map(Feedback::view);
	}

	/** Starts a coach's feedback on the subject, saved as a draft or submitted at once. */
	@Transactional
	public UUID start(FeedbackSubject subject, UUID coachId, FeedbackContent content, boolean submit) {
		occasion(subject);
		refuseNonCoach(subject, coachId);
		if (existing(subject, coachId).isPresent()) {
			throw new CoachingChangeRefused(null, "feedback.error.exists");
		}
		Feedback feedback = new Feedback(subject, coachId, clock.instant());
		write(feedback, content, submit);
		feedbacks.save(feedback);
		if (submit) {
			announce(feedback);
		}
		return feedback.id();
	}

	/** Changes the coach's own draft, and submits it if asked. */
	@Transactional
	public void change(UUID feedbackId, UUID coachId, FeedbackContent content, long expectedVersion, boolean submit) {
		Feedback feedback = feedbacks.findById(feedbackId)
			.filter(found -> coachId.equals(found.coachId()))
			.orElseThrow(FeedbackNotFound::new);
		if (feedback.version() != expectedVersion) {
			throw new CoachingChangeRefused(null, "feedback.error.conflict");
		}
		write(feedback, content, submit);
		if (submit) {
			feedbacks.flush();
			announce(feedback);
		}
	}

	/** The presenter has read their feedback (once). */
	@Transactional
	public void acknowledge(UUID feedbackId, UUID presenterId) {
		presentersOwn(feedbackId, presenterId).acknowledge(clock.instant());
	}

	/** The presenter's one reply to their feedback, 1 to {@value #MAX_REPLY} characters. */
	@Transactional
	public void reply(UUID feedbackId, UUID presenterId, String text) {
		String reply = text == null ? "" : text.strip();
		if (reply.isEmpty()) {
			throw new CoachingChangeRefused("reply", "feedback.error.replyEmpty");
		}
		if (reply.length() > MAX_REPLY) {
			throw new CoachingChangeRefused("reply", "feedback.error.tooLong", MAX_REPLY);
		}
		presentersOwn(feedbackId, presenterId).reply(reply, clock.instant());
	}

	/** The feedback, if this person may read it; "not found" otherwise. */
	@Transactional(readOnly = true)
	public FeedbackView visibleTo(UUID feedbackId, FeedbackReader reader) {
		FeedbackView feedback = feedbacks.findById(feedbackId).map(Feedback::view).orElseThrow(FeedbackNotFound::new);
		if (!maySee(feedback, reader)) {
			throw new FeedbackNotFound();
		}
		return feedback;
	}

	/**
	 * Who reads feedback: its coach (drafts too); once submitted, the presenter, organizers, the leads of the
	 * training's chapter and the coaches who coach the presenter. Nobody else, other trainers and other chapters'
	 * leads included.
	 */
	@Transactional(readOnly = true)
	public boolean maySee(FeedbackView feedback, FeedbackReader reader) {
		return readable(List.of(feedback), reader).contains(feedback.id());
	}

	/** A presenter's submitted feedback, newest first. */
	@Transactional(readOnly = true)
	public List<FeedbackView> historyOf(UUID presenterId) {
		return views(feedbacks.findByPresenterIdAndStatusOrderBySubmittedAtDesc(presenterId, FeedbackStatus.SUBMITTED));
	}

	/** A presenter's submitted feedback as this reader may see it, newest first. */
	@Transactional(readOnly = true)
	public List<FeedbackView> historyOf(UUID presenterId, FeedbackReader reader) {
		List<FeedbackView> history = historyOf(presenterId);
		Set<UUID> readable = readable(history, reader);
		return history.stream().filter(feedback -> readable.contains(feedback.id())).toList();
	}

	/** The submitted feedback of many presenters, newest first. */
	@Transactional(readOnly = true)
	public List<FeedbackView> historyOf(Collection<UUID> presenterIds) {
		if (presenterIds.isEmpty()) {
			return List.of();
		}
		return views(feedbacks.findByPresenterIdInAndStatusOrderBySubmittedAtDesc(presenterIds,
				FeedbackStatus.SUBMITTED));
	}

	/** A coach's drafts, newest first. */
	@Transactional(readOnly = true)
	public List<FeedbackView> draftsOf(UUID coachId) {
		return views(feedbacks.findByCoachIdAndStatusOrderByCreatedAtDesc(coachId, FeedbackStatus.DRAFT));
	}

	/**
	 * What is behind a coach's figures on the national dashboard: the feedback they submitted in the period and
	 * their drafts, however many, in one statement (and the scores' batches).
	 */
	@Transactional(readOnly = true)
	public CoachFeedback ofCoach(UUID coachId, CoachingPeriod period) {
		List<FeedbackView> found = views(feedbacks.draftsAndSubmittedBetween(coachId, period.start(), period.end()));
		return new CoachFeedback(coachId, period, found.stream().filter(FeedbackView::isSubmitted).toList(),
				found.stream().filter(FeedbackView::isDraft).toList());
	}

	/** Submitted feedback its presenter has not acknowledged yet: the coach's, or everyone's for {@code null}. */
	@Transactional(readOnly = true)
	public List<FeedbackView> awaitingAcknowledgement(UUID coachId) {
		return views(coachId == null
				? feedbacks.findByStatusAndAcknowledgedAtIsNullOrderBySubmittedAtDesc(FeedbackStatus.SUBMITTED)
				: feedbacks.findByCoachIdAndStatusAndAcknowledgedAtIsNullOrderBySubmittedAtDesc(coachId,
						FeedbackStatus.SUBMITTED));
	}

	/** Every piece of feedback on a run-through, drafts included (pages show each reader what they may see). */
	@Transactional(readOnly = true)
	public List<FeedbackView> onRunThrough(UUID runThroughId) {
		return views(feedbacks.findByRunThroughIdOrderByCreatedAtAsc(runThroughId));
	}

	/** Every piece of feedback on the given trainings and their run-throughs, drafts included. */
	@Transactional(readOnly = true)
	public List<FeedbackView> onTrainings(Collection<UUID> trainingIds) {
		if (trainingIds.isEmpty()) {
			return List.of();
		}
		return views(feedbacks.findByTrainingIdInOrderByCreatedAtAsc(trainingIds));
	}

	/**
	 * The latest submitted verdict per training, module and presenter, for the given trainings (the readiness
	 * matrix), in one statement.
	 */
	@Transactional(readOnly = true)
	public List<LatestVerdict> latestVerdictsOnTrainings(Collection<UUID> trainingIds) {
		return latestVerdicts("training_id", trainingIds);
	}

	/** The latest submitted verdict per training, module and presenter, for the given presenters. */
	@Transactional(readOnly = true)
	public List<LatestVerdict> latestVerdictsOf(Collection<UUID> presenterIds) {
		return latestVerdicts("presenter_id", presenterIds);
	}

	private List<LatestVerdict> latestVerdicts(String column, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(LATEST_VERDICTS.formatted(column))
			.param("ids", ids.toArray(UUID[]::new))
			.query(RecordRows.of(LatestVerdict.class))
			.list();
	}

	/** Of the given feedback, the ids this reader may see, in a bounded number of statements. */
	@Transactional(readOnly = true)
	public Set<UUID> readable(Collection<FeedbackView> candidates, FeedbackReader reader) {
		UUID me = reader.accountId();
		List<FeedbackView> others = candidates.stream()
			.filter(feedback -> !me.equals(feedback.coachId()))
			.filter(FeedbackView::isSubmitted)
			.toList();
		Set<UUID> readable = candidates.stream()
			.filter(feedback -> me.equals(feedback.coachId()))
			.map(FeedbackView::id)
			.collect(Collectors.toSet());
		if (others.isEmpty()) {
			return readable;
		}
		if (reader.isOrganizer()) {
			others.forEach(feedback -> readable.add(feedback.id()));
			return readable;
		}
		Set<UUID> ledChapters = reader.isChapterLead()
				? chapters.ledBy(me).stream().map(ChapterView::id).collect(Collectors.toSet()) : Set.of();
		Map<UUID, TrainingSummary> trainingsOf = ledChapters.isEmpty() ? Map.of()
				: finder.summaries(others.stream().map(feedback -> feedback.subject().trainingId()).distinct().toList());
		Set<UUID> coached = reader.isCoach() ? coachees.of(me) : Set.of();
		for (FeedbackView feedback : others) {
			TrainingSummary training = trainingsOf.get(feedback.subject().trainingId());
			if (me.equals(feedback.presenterId()) || coached.contains(feedback.presenterId())
					|| training != null && ledChapters.contains(training.chapterId())) {
				readable.add(feedback.id());
			}
		}
		return readable;
	}

	private Feedback presentersOwn(UUID feedbackId, UUID presenterId) {
		Feedback feedback = feedbacks.findById(feedbackId).orElseThrow(FeedbackNotFound::new);
		FeedbackView view = feedback.view();
		if (!view.isSubmitted()) {
			throw new FeedbackNotFound();
		}
		if (!presenterId.equals(feedback.presenterId())) {
			throw new CoachingChangeRefused(null, "feedback.error.presenterOnly");
		}
		return feedback;
	}

	private void refuseNonCoach(FeedbackSubject subject, UUID coachId) {
		if (coachId.equals(subject.presenterId())) {
			throw new CoachingChangeRefused(null, "feedback.error.ownModule");
		}
		boolean coach = chapters.people()
			.stream()
			.anyMatch(person -> person.accountId().equals(coachId) && person.has(OrganizationRole.COACH));
		if (!coach) {
			throw new CoachingChangeRefused(null, "feedback.error.notCoach");
		}
	}

	/** Writes the content once it is sound on the current rubric, and submits it when asked. */
	private void write(Feedback feedback, FeedbackContent content, boolean submit) {
		Rubric rubric = rubrics.current();
		content.scores().forEach((key, score) -> {
			if (rubric.criterion(key).filter(criterion -> !criterion.retired()).isEmpty()) {
				throw new CoachingChangeRefused("scores", "feedback.error.unknownCriterion");
			}
			if (score < FeedbackContent.LOWEST_SCORE || score > FeedbackContent.HIGHEST_SCORE) {
				throw new CoachingChangeRefused("scores[" + key + "]", "feedback.error.scoreRange",
						FeedbackContent.LOWEST_SCORE, FeedbackContent.HIGHEST_SCORE);
			}
		});
		if (content.glows().length() > FeedbackContent.MAX_TEXT) {
			throw new CoachingChangeRefused("glows", "feedback.error.tooLong", FeedbackContent.MAX_TEXT);
		}
		if (content.grows().length() > FeedbackContent.MAX_TEXT) {
			throw new CoachingChangeRefused("grows", "feedback.error.tooLong", FeedbackContent.MAX_TEXT);
		}
		if (submit) {
			for (Criterion criterion : rubric.active()) {
				if (!content.scores().containsKey(criterion.key())) {
					throw new CoachingChangeRefused("scores[" + criterion.key() + "]", "feedback.error.scoreMissing");
				}
			}
			if (content.verdict() == null) {
				throw new CoachingChangeRefused("verdict", "feedback.error.verdictRequired");
			}
		}
		feedback.write(content);
		if (submit) {
			feedback.submit(clock.instant());
		}
	}

	private void announce(Feedback feedback) {
		FeedbackView view = feedback.view();
		letters.tell(view);
		events.publishEvent(new FeedbackSubmitted(TenantContext.requireOrganizationId(), view.id(),
				view.subject().trainingId(), view.subject().runThroughId(), view.subject().moduleKey(),
				view.presenterId(), view.coachId(), view.verdict()));
	}

	private static List<FeedbackView> views(List<Feedback> found) {
		return found.stream().map(Feedback::view).toList();
	}

}
