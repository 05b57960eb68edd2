package org.liminal.curriculum.web;

import java.io.IOException;
import java.util.UUID;

import org.liminal.curriculum.CurriculumChangeRefused;
import org.liminal.curriculum.ProgramFileRefused;
import org.liminal.curriculum.ProgramTransfer;
import org.liminal.organizations.CurrentMembership;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Programs as files: any member downloads a published version, organizers download the draft and import a
 * file as a new program.
 */
@Controller
@RequestMapping("/{org}/programs")
class TransferController {

	private static final String IMPORT_VIEW = "curriculum/import";

	private final ProgramTransfer transfer;

	private final DataSize maxFileSize;

	TransferController(ProgramTransfer transfer,
			@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
		this.transfer = transfer;
		this.maxFileSize = maxFileSize;
	}

	@ModelAttribute("maxMegabytes")
	long maxMegabytes() {
		return maxFileSize.toMegabytes();
	}

	@GetMapping("/{programId}/versions/{number}/export")
	ResponseEntity<byte[]> exportVersion(@PathVariable UUID programId, @PathVariable int number) {
		return download(transfer.exportVersion(programId, number));
	}

	@GetMapping("/{programId}/draft/export")
	ResponseEntity<byte[]> exportDraft(@PathVariable UUID programId) {
		return download(transfer.exportDraft(programId));
	}

	private static ResponseEntity<byte[]> download(ProgramTransfer.ExportedFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

	/** @param tooLarge present when {@code UploadLimit} sent back an upload over the size limit */
	@GetMapping("/import")
	String importForm(@ModelAttribute("importForm") ProgramImportForm form, BindingResult result,
			@RequestParam(required = false) String tooLarge) {
		if (tooLarge != null) {
			result.rejectValue("file", "import.error.tooLarge", new Object[] { maxMegabytes() }, null);
		}
		return IMPORT_VIEW;
	}

	@PostMapping("/import")
	String importProgram(@ModelAttribute("current") CurrentMembership current,
			@ModelAttribute("importForm") ProgramImportForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return IMPORT_VIEW;
		}
		if (form.noFileChosen()) {
			result.rejectValue("file", "import.error.noFile");
			return IMPORT_VIEW;
		}
		// The server refuses larger uploads before they get here (UploadLimit); this is for those it let in.
		if (form.getFile().getSize() > maxFileSize.toBytes()) {
			result.rejectValue("file", "import.error.tooLarge", new Object[] { maxMegabytes() }, null);
			return IMPORT_VIEW;
		}
		try {
			UUID programId = transfer.importProgram(form.getFile().getBytes());
			redirect.addFlashAttribute("flashSuccess", "import.imported");
			return CurriculumPages.redirectTo(CurriculumPages.draft(current, programId));
		}
		catch (ProgramFileRefused refusal) {
			result.rejectValue("file", refusal.messageKey(), refusal.arguments(), null);
		}
		catch (CurriculumChangeRefused refusal) {
			result.rejectValue("file", refusal.messageKey(), refusal.arguments(), null);
		}
		catch (IOException unreadable) {
			result.rejectValue("file", "import.error.unreadable");
		}
		return IMPORT_VIEW;
	}

}
