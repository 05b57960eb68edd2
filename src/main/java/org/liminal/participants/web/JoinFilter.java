package org.liminal.participants.web;

/**
 * The join page's filter as typed into its GET form: text, so that any address opens the page and what does not
 * make sense is answered next to its field.
 */
public class JoinFilter {

	private String chapter;

	private String language;

	private String from;

	private String to;

	public String getChapter() {
		return chapter;
	}

	public void setChapter(String chapter) {
		this.chapter = chapter;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
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
