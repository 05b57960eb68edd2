package org.liminal.participants.web;

/** The confirmation of erasing a person, with the version of their record the organizer saw. */
public class EraseForm {

	private long version;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
