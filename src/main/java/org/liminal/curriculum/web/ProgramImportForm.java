package org.liminal.curriculum.web;

import org.springframework.web.multipart.MultipartFile;

/** The program file an organizer uploads to import it as a new program. */
public class ProgramImportForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	/** Whether the person submitted the form without choosing a file (browsers then send an unnamed, empty one). */
	boolean noFileChosen() {
		return file == null || (file.isEmpty() && (file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank()));
	}

}
