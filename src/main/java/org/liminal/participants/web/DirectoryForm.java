package org.liminal.participants.web;

import org.liminal.web.ListFilterForm;

/**
 * The directory's search and filters as typed or chosen: the lists' chapter, program and period, plus a name or
 * email, attendance, next step, funnel stage and page. Every field is text, so that whatever the address says
 * binds; the controller reads them and says what it had to ignore.
 */
public class DirectoryForm extends ListFilterForm {

	private String q;

	private String attended;

	private String step;

	private String stage;

	private String page;

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getAttended() {
		return attended;
	}

	public void setAttended(String attended) {
		this.attended = attended;
	}

	public String getStep() {
		return step;
	}

	public void setStep(String step) {
		this.step = step;
	}

	public String getStage() {
		return stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
