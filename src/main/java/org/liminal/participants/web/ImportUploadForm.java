package org.liminal.participants.web;

import org.springframework.web.multipart.MultipartFile;

/** The list of people an organizer uploads to import. */
public class ImportUploadForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	/** Whether the form came without a file chosen (browsers then send an unnamed, empty one). */
	boolean noFileChosen() {
		return file == null || (file.isEmpty() && (file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank()));
	}

}
