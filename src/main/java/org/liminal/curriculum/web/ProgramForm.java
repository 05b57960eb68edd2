package org.liminal.curriculum.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liminal.curriculum.PathwayLevel;
import org.liminal.curriculum.ProgramDetails;

/** A program's details as an organizer writes them; {@code version} is the draft's, for conflicts. */
public class ProgramForm {

	@NotBlank
	@Size(max = 120)
	private String name = "";

	@Size(max = 4000)
	private String description = "";

	@NotNull
	private PathwayLevel level = PathwayLevel.INITIATION;

	@Min(1)
	@Max(7)
	private int lengthDays = 1;

	@Min(1)
	@Max(10000)
	private int capacity = 30;

	@NotEmpty(message = "{program.error.noLanguage}")
	private List<String> languages = new ArrayList<>();

	private long version;

	static ProgramForm of(ProgramDetails details, long version) {
		ProgramForm form = new ProgramForm();
		form.name = details.name();
		form.description = details.description();
		form.level = details.level();
		form.lengthDays = details.lengthDays();
		form.capacity = details.capacity();
		form.languages = new ArrayList<>(details.languages());
		form.version = version;
		return form;
	}

	ProgramDetails details() {
		return new ProgramDetails(name, description, level, lengthDays, capacity,
				languages.stream().filter(Languages.CODES::contains).distinct().toList());
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.strip();
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description.strip();
	}

	public PathwayLevel getLevel() {
		return level;
	}

	public void setLevel(PathwayLevel level) {
		this.level = level;
	}

	public int getLengthDays() {
		return lengthDays;
	}

	public void setLengthDays(int lengthDays) {
		this.lengthDays = lengthDays;
	}

	public int getCapacity() {
		return capacity;
	}

	public void setCapacity(int capacity) {
		this.capacity = capacity;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages == null ? new ArrayList<>() : languages;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
