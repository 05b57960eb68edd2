package org.liminal.participants.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.liminal.organizations.CurrentMembership;
import org.liminal.organizations.MemberPrincipal;
import org.liminal.participants.ImportAlreadyDone;
import org.liminal.participants.ImportColumn;
import org.liminal.participants.ImportFile;
import org.liminal.participants.ImportMapping;
import org.liminal.participants.ImportResult;
import org.liminal.participants.ImportReview;
import org.liminal.participants.ParticipantsChangeRefused;
import org.liminal.participants.PeopleImports;
import org.liminal.web.Refusals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing people from a CSV file (organizers), in plain forms: upload, say what each column holds (guessed from
 * the headers), review the problems and changes, confirm. The file waits in the database between the steps.
 */
@Controller
@RequestMapping("/{org}/people/import")
class PeopleImportController {

	/** Rows shown to help map the columns. */
	static final int PREVIEW_ROWS = 5;

	/** Problems and changes listed on the review; the counts cover them all. */
	static final int REVIEW_LINES = 200;

	private static final String UPLOAD_VIEW = "participants/import";

	private static final String MAPPING_VIEW = "participants/import-mapping";

	private static final String REVIEW_VIEW = "participants/import-review";

	private final PeopleImports imports;

	PeopleImportController(PeopleImports imports) {
		this.imports = imports;
	}

	@ModelAttribute("maxRows")
	int maxRows() {
		return PeopleImports.MAX_ROWS;
	}

	@ModelAttribute("maxMegabytes")
	int maxMegabytes() {
		return PeopleImports.MAX_BYTES / 1024 / 1024;
	}

	/** @param tooLarge present when {@code UploadLimit} sent back an upload over the server's limit */
	@GetMapping
	String uploadForm(@ModelAttribute("uploadForm") ImportUploadForm form, BindingResult result,
			@RequestParam(required = false) String tooLarge) {
		if (tooLarge != null) {
			result.rejectValue("file", "people.import.error.tooLarge", new Object[] { maxMegabytes() }, null);
		}
		return UPLOAD_VIEW;
	}

	@PostMapping
	String upload(@ModelAttribute("current") CurrentMembership current,
			@AuthenticationPrincipal MemberPrincipal principal, @ModelAttribute("uploadForm") ImportUploadForm form,
			BindingResult result) {
		if (result.hasErrors()) {
			return UPLOAD_VIEW;
		}
		if (form.noFileChosen()) {
			result.rejectValue("file", "people.import.error.noFile");
			return UPLOAD_VIEW;
		}
		try {
			UUID importId = imports.upload(form.getFile().getOriginalFilename(), form.getFile().getBytes(),
					principal.accountId());
			return PeoplePages.redirectTo(PeoplePages.importOf(current, importId));
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.reject(result, refusal);
		}
		catch (IOException unreadable) {
			result.rejectValue("file", "people.import.error.unreadable");
		}
		return UPLOAD_VIEW;
	}

	/** Back to the directory, told what the import did, for a list reached again once imported. */
	@ExceptionHandler
	String alreadyImported(ImportAlreadyDone done, HttpServletRequest request, RedirectAttributes redirect) {
		Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		ImportResult result = done.result();
		redirect.addFlashAttribute("flashSuccess", "people.import.already");
		redirect.addFlashAttribute("flashSuccessArgs",
				new Object[] { result.added(), result.filled(), result.unchanged(), result.skipped() });
		return PeoplePages.redirectTo("/" + path.get("org") + "/people");
	}

	@GetMapping("/{importId}")
	String mapping(@PathVariable UUID importId, @ModelAttribute("mappingForm") MappingForm form, Model model) {
		ImportFile file = imports.file(importId);
		if (!form.isChosen()) {
			form.show(file.guessedMapping());
		}
		return mappingPage(file, model);
	}

	@GetMapping("/{importId}/review")
	String review(@PathVariable UUID importId, @ModelAttribute("mappingForm") MappingForm form,
			BindingResult result, Model model) {
		ImportFile file = imports.file(importId);
		ImportMapping mapping = form.mapping();
		try {
			return reviewPage(file, imports.review(importId, mapping), model);
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.reject(result, refusal);
			return mappingPage(file, model);
		}
	}

	@PostMapping("/{importId}")
	String confirm(@ModelAttribute("current") CurrentMembership current, @PathVariable UUID importId,
			@ModelAttribute("mappingForm") MappingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ImportMapping mapping = form.mapping();
		try {
			ImportResult done = imports.confirm(importId, mapping, form.isSkipProblems());
			redirect.addFlashAttribute("flashSuccess", "people.import.done");
			redirect.addFlashAttribute("flashSuccessArgs",
					new Object[] { done.added(), done.filled(), done.unchanged(), done.skipped() });
			return PeoplePages.redirectTo(PeoplePages.directory(current));
		}
		catch (ParticipantsChangeRefused refusal) {
			Refusals.reject(result, refusal);
		}
		ImportFile file = imports.file(importId);
		if (result.hasFieldErrors("columns")) {
			return mappingPage(file, model);
		}
		return reviewPage(file, imports.review(importId, mapping), model);
	}

	private String mappingPage(ImportFile file, Model model) {
		model.addAttribute("file", file);
		model.addAttribute("preview", file.firstRows(PREVIEW_ROWS));
		model.addAttribute("columnCount", file.table().columnCount());
		model.addAttribute("choices", List.of(ImportColumn.values()));
		return MAPPING_VIEW;
	}

	private String reviewPage(ImportFile file, ImportReview review, Model model) {
		model.addAttribute("file", file);
		model.addAttribute("review", review);
		model.addAttribute("result", review.result());
		model.addAttribute("problems", review.problems().subList(0, Math.min(REVIEW_LINES, review.problems().size())));
		List<?> changes = review.visibleChanges();
		model.addAttribute("changes", changes.subList(0, Math.min(REVIEW_LINES, changes.size())));
		model.addAttribute("moreChanges", Math.max(0, changes.size() - REVIEW_LINES));
		model.addAttribute("moreProblems", Math.max(0, review.problems().size() - REVIEW_LINES));
		return REVIEW_VIEW;
	}

}
