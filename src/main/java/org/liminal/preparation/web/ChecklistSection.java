package org.liminal.preparation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.liminal.chapters.Chapters;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.preparation.Checklist;
import org.liminal.preparation.Checklists;
import org.liminal.preparation.TrainingReadiness;
import org.liminal.trainings.PageFragment;
import org.liminal.trainings.TrainingPageSection;
import org.liminal.trainings.TrainingStatus;
import org.liminal.trainings.TrainingView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The checklist on the training page, from the moment the training is scheduled: its readiness, its progress and
 * its tasks week by week, with the forms to work them for those who may. A cancelled training's checklist stays,
 * closed and read-only.
 */
@Component
class ChecklistSection implements TrainingPageSection {

	/** After the team, which the training page shows itself. */
	static final int ORDER = 100;

	private final Checklists checklists;

	private final TrainingReadiness readiness;

	private final Chapters chapters;

	private final ChecklistAccess access;

	ChecklistSection(Checklists checklists, TrainingReadiness readiness, Chapters chapters, ChecklistAccess access) {
		this.checklists = checklists;
		this.readiness = readiness;
		this.chapters = chapters;
		this.access = access;
	}

	@Override
	public Optional<PageFragment> section(TrainingView training, CurrentMembership current,
			MemberPrincipal principal) {
		if (training.status() == TrainingStatus.DRAFT) {
			return Optional.empty();
		}
		return checklists.checklist(training.id()).map(checklist -> {
			Locale locale = LocaleContextHolder.getLocale();
			People people = People.of(chapters.people());
			Map<String, Object> model = new HashMap<>();
			model.put("checklist", checklist);
			model.put("progress", checklist.progress());
			model.put("weeks", weeks(checklist, people, locale));
			model.put("workable", !checklist.cancelled() && access.mayWork(current, principal, training));
			model.put("choices", Choices.of(training));
			readiness.of(training).ifPresent(value -> model.put("readiness", value));
			return new PageFragment("preparation/checklist", "checklist", ORDER, model);
		});
	}

	private static List<WeekRow> weeks(Checklist checklist, People people, Locale locale) {
		return checklist.weeks()
			.stream()
			.map(week -> new WeekRow(week.weeksBefore(), week.items()
				.stream()
				.map(item -> TaskRow.of(item, checklist.commentsOn(item.id()), checklist.today(), checklist.zone(), people,
						locale))
				.toList()))
			.toList();
	}

	/** The tasks of one week before the training (0: the training's week and after). */
	record WeekRow(int weeksBefore, List<TaskRow> tasks) {

		public boolean isTrainingWeek() {
			return weeksBefore == 0;
		}

	}

}
