package org.liminal.curriculum.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A break (lunch, coffee, an energizer) to put at the end of a day; the database allows 5 to 240 minutes. */
public class AgendaBreakForm {

	@NotNull(message = "{agenda.error.chooseDay}")
	private Integer day = 1;

	@NotBlank(message = "{agenda.error.breakTitle}")
	@Size(max = 80, message = "{agenda.error.breakTitleLength}")
	private String title = "";

	@NotNull(message = "{agenda.error.breakMinutes}")
	@Min(value = 5, message = "{agenda.error.breakMinutes}")
	@Max(value = 240, message = "{agenda.error.breakMinutes}")
	private Integer minutes = 15;

	public Integer getDay() {
		return day;
	}

	public void setDay(Integer day) {
		this.day = day;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title.strip();
	}

	public Integer getMinutes() {
		return minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

}
