package org.liminal.web;

/**
 * A list's filters by chapter, program and period, as the address carries them: every field is text, so that
 * whatever the address says binds; {@link FilterInput} reads them and says what it had to ignore.
 */
public class ListFilterForm {

	private String chapter;

	private String program;

	private String from;

	private String to;

	public String getChapter() {
		return chapter;
	}

	public void setChapter(String chapter) {
		this.chapter = chapter;
	}

	public String getProgram() {
		return program;
	}

	public void setProgram(String program) {
		this.program = program;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

}
