package org.liminal.curriculum.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** A module of the draft that is not on the agenda yet, and the day to put it at the end of. */
public class AgendaModuleForm {

	@NotNull(message = "{agenda.error.chooseDay}")
	private Integer day = 1;

	@NotNull(message = "{agenda.error.chooseModule}")
	private UUID moduleId;

	public Integer getDay() {
		return day;
	}

	public void setDay(Integer day) {
		this.day = day;
	}

	public UUID getModuleId() {
		return moduleId;
	}

	public void setModuleId(UUID moduleId) {
		this.moduleId = moduleId;
	}

}
