package org.liminal.curriculum.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Where an item goes: a day, and a place in that day counted from 1 (beyond the last place means last). */
public class AgendaMoveForm {

	@NotNull
	@Min(1)
	private Integer day;

	@NotNull
	@Min(1)
	private Integer place;

	public Integer getDay() {
		return day;
	}

	public void setDay(Integer day) {
		this.day = day;
	}

	public Integer getPlace() {
		return place;
	}

	public void setPlace(Integer place) {
		this.place = place;
	}

}
