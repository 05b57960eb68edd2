package org.liminal.curriculum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.liminal.curriculum.DayOfRoleView;
import org.liminal.curriculum.RoleCard;

/** A day-of role's card as an organizer writes it; {@code version} is the role's, for conflicts. */
public class DayOfRoleForm {

	@NotBlank
	@Size(max = 80)
	private String name = "";

	@Size(max = 300)
	private String summary = "";

	@Size(max = 4000)
	private String before = "";

	@Size(max = 4000)
	private String during = "";

	@Size(max = 4000)
	private String after = "";

	private long version;

	static DayOfRoleForm of(DayOfRoleView role) {
		DayOfRoleForm form = new DayOfRoleForm();
		RoleCard card = role.card();
		form.name = card.name();
		form.summary = card.summary();
		form.before = card.before();
		form.during = card.during();
		form.after = card.after();
		form.version = role.version();
		return form;
	}

	RoleCard card() {
		return new RoleCard(name, summary, before, during, after);
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = stripped(name);
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = stripped(summary);
	}

	public String getBefore() {
		return before;
	}

	public void setBefore(String before) {
		this.before = stripped(before);
	}

	public String getDuring() {
		return during;
	}

	public void setDuring(String during) {
		this.during = stripped(during);
	}

	public String getAfter() {
		return after;
	}

	public void setAfter(String after) {
		this.after = stripped(after);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
