package org.liminal.trainings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liminal.trainings.Dates;
import org.liminal.trainings.TrainingDay;
import org.liminal.trainings.TrainingDetails;
import org.liminal.trainings.TrainingView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A training's dates, place and audience, as the schedule and edit forms send them. The chapter and
 * program are chosen before (they decide the days and languages) and fixed once the training exists.
 */
public class TrainingForm {

	static final String TIME = "([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?";

	private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("H:mm[:ss]");

	private UUID chapterId;

	private UUID programId;

	private Integer versionNumber;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDay;

	@Valid
	private List<@NotBlank @Pattern(regexp = TIME) String> startTimes = new ArrayList<>();

	@Size(max = 500)
	private String address = "";

	@Size(max = 500)
	private String onlineLink = "";

	@NotNull
	@Min(1)
	@Max(10_000)
	private Integer capacity;

	@NotBlank
	private String language;

	private boolean open = true;

	@Size(max = 4000)
	private String notes = "";

	private long version;

	static TrainingForm of(TrainingView training) {
		TrainingForm form = new TrainingForm();
		form.setChapterId(training.chapter().id());
		form.setProgramId(training.programId());
		form.setVersionNumber(training.versionNumber());
		form.setFirstDay(training.firstDay());
		form.setStartTimes(training.days().stream().map(TrainingDay::startsAt).map(TrainingForm::time).toList());
		TrainingDetails details = training.details();
		form.setAddress(details.address());
		form.setOnlineLink(details.onlineLink());
		form.setCapacity(details.capacity());
		form.setLanguage(details.language());
		form.setOpen(details.open());
		form.setNotes(details.notes());
		form.setVersion(training.version());
		return form;
	}

	static String time(LocalTime time) {
		return time.format(DateTimeFormatter.ofPattern("HH:mm"));
	}

	Dates dates() {
		return dates(firstDay, startTimes);
	}

	/** Dates from the form's fields, once they are valid (times as {@code 9:30} or {@code 09:30:00}). */
	static Dates dates(LocalDate firstDay, List<String> startTimes) {
		return new Dates(firstDay,
				startTimes.stream().map(time -> LocalTime.parse(time.strip(), HOURS_AND_MINUTES).withSecond(0)).toList());
	}

	TrainingDetails details() {
		return new TrainingDetails(address, onlineLink, capacity, language, open, notes);
	}

	public UUID getChapterId() {
		return chapterId;
	}

	public void setChapterId(UUID chapterId) {
		this.chapterId = chapterId;
	}

	public UUID getProgramId() {
		return programId;
	}

	public void setProgramId(UUID programId) {
		this.programId = programId;
	}

	public Integer getVersionNumber() {
		return versionNumber;
	}

	public void setVersionNumber(Integer versionNumber) {
		this.versionNumber = versionNumber;
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

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isOpen() {
		return open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
