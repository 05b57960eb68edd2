package org.liminal.participants.web;

import org.liminal.participants.Team;
import org.liminal.participants.TeamDetails;

/**
 * A team as chapter leads write it. The rules (required, lengths, a unique name) are the domain's, reported next to
 * their field; {@code version} is the team's, for conflicts.
 */
public class TeamForm {

	private String name = "";

	private String purpose = "";

	private String contactName = "";

	private String contactEmail = "";

	private long version;

	static TeamForm of(Team team) {
		TeamForm form = new TeamForm();
		form.name = team.name();
		form.purpose = team.purpose();
		form.contactName = team.contactName();
		form.contactEmail = team.contactEmail();
		form.version = team.version();
		return form;
	}

	TeamDetails details() {
		return new TeamDetails(name, purpose, contactName, contactEmail);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
