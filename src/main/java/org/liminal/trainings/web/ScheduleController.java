package org.liminal.trainings.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liminal.chapters.ChapterView;
import org.liminal.curriculum.AgendaDay;
import org.liminal.curriculum.CurriculumItemNotFound;
import org.liminal.curriculum.CurriculumView;
import org.liminal.curriculum.ProgramOverview;
import org.liminal.curriculum.ProgramSummary;
import org.liminal.curriculum.Programs;
import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.trainings.TrainingChangeRefused;
import org.liminal.trainings.TrainingNotFound;
import org.liminal.trainings.Trainings;
import org.liminal.web.Refusals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scheduling a new training, in two steps that work without JavaScript: first the program and chapter
 * (they decide how many days there are and in which languages), then dates, place and audience.
 */
@Controller
@RequestMapping("/{org}/trainings")
class ScheduleController {

	/** Eight weeks: the date a new training is proposed for, so that its preparation has its full time. */
	static final int PROPOSED_WEEKS_AHEAD = 8;

	private final Trainings trainings;

	private final Programs programs;

	private final TrainingAccess access;

	ScheduleController(Trainings trainings, Programs programs, TrainingAccess access) {
		this.trainings = trainings;
		this.programs = programs;
		this.access = access;
	}

	@GetMapping("/new")
	String newTraining(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @RequestParam Optional<String> program,
			@RequestParam Optional<String> chapter, Locale locale, Model model) {
		List<ChapterView> chapters = access.schedulableChapters(current, principal);
		List<ProgramSummary> published = programs.list(false);
		model.addAttribute("chapters", chapters);
		model.addAttribute("programs", published);
		Optional<UUID> programId = uuid(program).filter(id -> published.stream().anyMatch(p -> p.programId().equals(id)));
		Optional<ChapterView> chosenChapter = uuid(chapter)
			.flatMap(id -> chapters.stream().filter(c -> c.id().equals(id)).findFirst())
			.or(() -> chapters.size() == 1 ? Optional.of(chapters.get(0)) : Optional.empty());
		if (programId.isEmpty() || chosenChapter.isEmpty()) {
			model.addAttribute("chosenProgram", programId.orElse(null));
			model.addAttribute("chosenChapter", chosenChapter.map(ChapterView::id).orElse(null));
			return "trainings/choose-program";
		}
		CurriculumView latest = programs.latestPublished(programId.get()).orElseThrow(CurriculumItemNotFound::new);
		model.addAttribute("trainingForm", proposal(latest, chosenChapter.get()));
		return form(programId.get(), chosenChapter.get(), latest, locale, model);
	}

	@PostMapping
	String create(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @Valid @ModelAttribute("trainingForm") TrainingForm form,
			BindingResult result, @RequestParam(defaultValue = "draft") String action, Locale locale, Model model,
			RedirectAttributes redirect) {
		ChapterView chapter = access.schedulableChapters(current, principal)
			.stream()
			.filter(c -> c.id().equals(form.getChapterId()))
			.findFirst()
			.orElseThrow(TrainingNotFound::new);
		if (form.getProgramId() == null) {
			throw new TrainingNotFound();
		}
		CurriculumView version = chosenVersion(form).orElse(null);
		if (version == null) {
			result.rejectValue("versionNumber", "training.error.noSuchVersion");
			version = programs.latestPublished(form.getProgramId()).orElseThrow(CurriculumItemNotFound::new);
		}
		if (form.getStartTimes().size() != version.details().lengthDays()) {
			// Another version lasts another number of days: offer its days' usual start times to check.
			result.reject("training.error.days", new Object[] { version.details().lengthDays() }, null);
			form.setStartTimes(version.agenda().stream().map(AgendaDay::startsAt).map(TrainingForm::time).toList());
		}
		if (!result.hasErrors()) {
			try {
				boolean schedule = "schedule".equals(action);
				UUID trainingId = trainings.create(chapter.id(), version.versionId(), form.dates(), form.details(),
						schedule);
				redirect.addFlashAttribute("flashSuccess", schedule ? "training.scheduled" : "training.drafted");
				return TrainingPages.redirectTo(TrainingPages.training(current, trainingId));
			}
			catch (TrainingChangeRefused refusal) {
				Refusals.reject(result, refusal);
			}
		}
		return form(form.getProgramId(), chapter, version, locale, model);
	}

	private Optional<CurriculumView> chosenVersion(TrainingForm form) {
		if (form.getVersionNumber() == null) {
			return programs.latestPublished(form.getProgramId());
		}
		try {
			return Optional.of(programs.published(form.getProgramId(), form.getVersionNumber()));
		}
		catch (CurriculumItemNotFound noSuchVersion) {
			return Optional.empty();
		}
	}

	private String form(UUID programId, ChapterView chapter, CurriculumView version, Locale locale, Model model) {
		ProgramOverview overview = programs.overview(programId);
		model.addAttribute("program", overview);
		model.addAttribute("chapter", chapter);
		model.addAttribute("version", version);
		model.addAttribute("languages", languages(version, locale));
		model.addAttribute("today", trainings.today(chapter.zone()));
		return "trainings/new";
	}

	private TrainingForm proposal(CurriculumView version, ChapterView chapter) {
		TrainingForm form = new TrainingForm();
		form.setChapterId(chapter.id());
		form.setProgramId(version.programId());
		form.setVersionNumber(version.number());
		form.setFirstDay(trainings.today(chapter.zone()).plusWeeks(PROPOSED_WEEKS_AHEAD));
		form.setStartTimes(version.agenda().stream().map(AgendaDay::startsAt).map(TrainingForm::time).toList());
		form.setCapacity(version.details().capacity());
		form.setLanguage(version.details().languages().isEmpty() ? "en" : version.details().languages().get(0));
		return form;
	}

	/** The program's languages by code, named in the reader's language. */
	static Map<String, String> languages(CurriculumView version, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		version.details().languages().forEach(code -> names.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)));
		return names;
	}

	private static Optional<UUID> uuid(Optional<String> text) {
		try {
			return text.filter(value -> !value.isBlank()).map(UUID::fromString);
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
