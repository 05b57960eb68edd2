package org.liminal.dashboards.web;

/** A dashboard's filters as the address carries them; read by {@code FilterInput}, which never fails the page. */
public class DashboardForm {

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
