package org.liminal.trainings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.liminal.trainings.Dates;
import org.liminal.trainings.TrainingDay;
import org.liminal.trainings.TrainingView;
import org.springframework.format.annotation.DateTimeFormat;

/** New dates and start times for a training; everything else stays. */
public class RescheduleForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDay;

	@Valid
	private List<@NotBlank @Pattern(regexp = TrainingForm.TIME) String> startTimes = new ArrayList<>();

	private long version;

	static RescheduleForm of(TrainingView training) {
		RescheduleForm form = new RescheduleForm();
		form.setFirstDay(training.firstDay());
		form.setStartTimes(training.days().stream().map(TrainingDay::startsAt).map(TrainingForm::time).toList());
		form.setVersion(training.version());
		return form;
	}

	Dates dates() {
		return TrainingForm.dates(firstDay, startTimes);
	}

	public LocalDate getFirstDay() {
		return firstDay;
	}

	public void setFirstDay(LocalDate firstDay) {
		this.firstDay = firstDay;
	}

	public List<String> getStartTimes() {
		return startTimes;
	}

	public void setStartTimes(List<String> startTimes) {
		this.startTimes = new ArrayList<>(startTimes);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
