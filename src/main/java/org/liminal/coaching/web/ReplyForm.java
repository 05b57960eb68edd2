package org.liminal.coaching.web;

/** The trainer's one reply to their feedback. */
public class ReplyForm {

	private String reply = "";

	public String getReply() {
		return reply;
	}

	public void setReply(String reply) {
		this.reply = reply;
	}

}
