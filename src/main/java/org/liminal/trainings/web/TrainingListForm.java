package org.liminal.trainings.web;

/**
 * The training list's filters as a person typed or chose them. Every field is text, so that whatever the
 * address says binds; {@link TrainingListQuery} reads them and says what it had to ignore.
 * <p>
 * A missing {@code from} means "from today" (the list starts with what is next); an empty one means no
 * lower bound, which is how the past is reached.
 */
public class TrainingListForm {

	private String chapter;

	private String program;

	private String status;

	private String from;

	private String to;

	private String page;

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

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
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

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
