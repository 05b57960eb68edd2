package org.liminal.trainings.web;

/** The month calendar's choices as sent: the month (2026-12) and a chapter, both optional. */
public class TrainingCalendarForm {

	private String month;

	private String chapter;

	public String getMonth() {
		return month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getChapter() {
		return chapter;
	}

	public void setChapter(String chapter) {
		this.chapter = chapter;
	}

}
