package org.liminal.participants.web;

import java.util.UUID;

import org.liminal.participants.Registration;
import org.liminal.participants.SignUpDetails;

/** What a participant may change on their private page: everything they told us but their email. */
public class MyRegistrationForm {

	private String name;

	private String phone;

	private UUID chapterId;

	private String accessNeeds;

	private String heardFrom;

	private long version;

	static MyRegistrationForm of(Registration registration) {
		MyRegistrationForm form = new MyRegistrationForm();
		form.name = registration.name();
		form.phone = registration.phone();
		form.chapterId = registration.chapterId();
		form.accessNeeds = registration.accessNeeds();
		form.heardFrom = registration.heardFrom();
		form.version = registration.version();
		return form;
	}

	/** The details with the registration's own email (which does not change here) and the consent it gave. */
	SignUpDetails details(String email) {
		return new SignUpDetails(name, email, phone, accessNeeds, heardFrom, true);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public UUID getChapterId() {
		return chapterId;
	}

	public void setChapterId(UUID chapterId) {
		this.chapterId = chapterId;
	}

	public String getAccessNeeds() {
		return accessNeeds;
	}

	public void setAccessNeeds(String accessNeeds) {
		this.accessNeeds = accessNeeds;
	}

	public String getHeardFrom() {
		return heardFrom;
	}

	public void setHeardFrom(String heardFrom) {
		this.heardFrom = heardFrom;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
