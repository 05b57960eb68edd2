package org.liminal.participants.web;

/** Where to move someone, and the registration's version the form was opened at. */
public class MoveForm {

	/** The destination training's id, as the list offers it; anything else is refused next to the field. */
	private String to = "";

	private long version = -1;

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
