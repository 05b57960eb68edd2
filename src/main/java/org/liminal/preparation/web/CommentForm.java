package org.liminal.preparation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note left on a checklist task. */
public class CommentForm {

	@NotBlank
	@Size(max = 2000)
	private String body = "";

	/** Where the person came from, to go back there: {@link Back}. */
	private String from = "";

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

}
