package org.liminal.curriculum;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

/**
 * A program version as a file organizations share: format {@value #FORMAT}, version {@value #VERSION}, described
 * in {@code docs/curriculum-format.md}. Bean Validation holds the rules of each field; what spans fields (keys
 * that must exist, days within the program) is checked by {@link ProgramDocumentReader}.
 * <p>
 * Optional text and lists may be left out of a file; they read as empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProgramDocument(String format, Integer formatVersion,
		@NotNull(message = MISSING) @Valid Details program,
		@Size(max = 200, message = TOO_MANY) List<@NotNull(message = MISSING) @Valid ModuleEntry> modules,
		@Size(max = 7, message = TOO_MANY) List<@NotNull(message = MISSING) @Valid DayEntry> agenda,
		@Size(max = 500, message = TOO_MANY) List<@NotNull(message = MISSING) @Valid TaskEntry> checklist,
		@Size(max = 100, message = TOO_MANY) List<@NotNull(message = MISSING) @Valid RoleEntry> roles) {

	static final String FORMAT = "liminal-program";

	/** The format version this code writes, and the newest it reads. */
	static final int VERSION = 1;

	static final String MISSING = "{transfer.field.missing}";

	static final String BLANK = "{transfer.field.blank}";

	static final String TOO_LONG = "{transfer.field.tooLong}";

	static final String TOO_MANY = "{transfer.field.tooMany}";

	ProgramDocument {
		modules = orEmpty(modules);
		agenda = orEmpty(agenda);
		checklist = orEmpty(checklist);
		roles = orEmpty(roles);
	}

	/** What the program is. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Details(@NotBlank(message = BLANK) @Size(max = 120, message = TOO_LONG) String name,
			@Size(max = 4000, message = TOO_LONG) String description,
			@NotNull(message = MISSING) PathwayLevel level,
			@NotNull(message = MISSING) @Range(min = 1, max = 7) Integer lengthDays,
			@NotNull(message = MISSING) @Range(min = 1, max = 10000) Integer capacity,
			@NotEmpty(message = BLANK) @Size(max = 20, message = TOO_MANY) List<@NotNull(
					message = MISSING) @Pattern(regexp = "[a-z]{2,3}", message = "{transfer.field.language}") String> languages) {

		Details {
			description = orEmpty(description);
		}

		ProgramDetails details() {
			return new ProgramDetails(name, description, level, lengthDays, capacity,
					languages.stream().distinct().toList());
		}

		static Details of(ProgramDetails details) {
			return new Details(details.name(), details.description(), details.level(), details.lengthDays(),
					details.capacity(), details.languages());
		}

	}

	/** A module; its key stays the same in every version and every organization it is copied into. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ModuleEntry(@NotNull(message = MISSING) UUID key,
			@NotBlank(message = BLANK) @Size(max = 200, message = TOO_LONG) String title,
			@Size(max = 10000, message = TOO_LONG) String purpose,
			@Size(max = 10000, message = TOO_LONG) String learningGoals,
			@NotNull(message = MISSING) @Range(min = 5, max = 600) Integer durationMinutes,
			@NotNull(message = MISSING) @Range(min = 0, max = 10) Integer trainersNeeded,
			@Size(max = 100000, message = TOO_LONG) String guide, Boolean runThroughRequired,
			@Size(max = 50, message = TOO_MANY) List<@NotNull(message = MISSING) @Valid MaterialEntry> materials) {

		ModuleEntry {
			purpose = orEmpty(purpose);
			learningGoals = orEmpty(learningGoals);
			guide = orEmpty(guide);
			runThroughRequired = runThroughRequired != null && runThroughRequired;
			materials = orEmpty(materials);
		}

		ModuleContent content() {
			return new ModuleContent(title, purpose, learningGoals, durationMinutes, trainersNeeded, guide,
					runThroughRequired, materials.stream().map(MaterialEntry::material).toList());
		}

		static ModuleEntry of(ModuleView module) {
			ModuleContent content = module.content();
			return new ModuleEntry(module.key(), content.title(), content.purpose(), content.learningGoals(),
					content.durationMinutes(), content.trainersNeeded(), content.guide(), content.runThroughRequired(),
					content.materials().stream().map(MaterialEntry::of).toList());
		}

	}

	/** A titled link; only web addresses, so that no file can smuggle a script link onto a page. */
	record MaterialEntry(@NotBlank(message = BLANK) @Size(max = 200, message = TOO_LONG) String title,
			@NotBlank(message = BLANK) @Size(max = 2000, message = TOO_LONG) @Pattern(regexp = "https?://\\S+",
					flags = Pattern.Flag.CASE_INSENSITIVE, message = "{transfer.field.url}") String url) {

		Material material() {
			return new Material(title.strip(), url.strip());
		}

		static MaterialEntry of(Material material) {
			return new MaterialEntry(material.title(), material.url());
		}

	}

	/** One day of the agenda: when it starts and its modules and breaks in order. */
	record DayEntry(@NotNull(message = MISSING) @Range(min = 1, max = 7) Integer day,
			@NotNull(message = MISSING) @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]",
					message = "{transfer.field.time}") String startsAt,
			@Size(max = 60, message = TOO_MANY) List<@NotNull(message = MISSING) @Valid SlotEntry> items) {

		DayEntry {
			items = orEmpty(items);
		}

	}

	/**
	 * A place on a day: either a module, by its key, or a break.
	 *
	 * @param pause the break (a Java keyword, hence the name)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SlotEntry(UUID module, @JsonProperty("break") @Valid BreakEntry pause,
			@Size(max = 4000, message = TOO_LONG) String notes) {

		SlotEntry {
			notes = orEmpty(notes);
		}

	}

	record BreakEntry(@Size(max = 120, message = TOO_LONG) String title,
			@NotNull(message = MISSING) @Range(min = 5, max = 240) Integer minutes) {

		BreakEntry {
			title = orEmpty(title);
		}

	}

	/**
	 * A prep-checklist task.
	 *
	 * @param dayOfRole the name of the role in {@code roles} that owns the task, when {@code responsible} is
	 * {@link ResponsibleRole#DAY_OF_ROLE}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TaskEntry(@NotNull(message = MISSING) UUID key,
			@NotBlank(message = BLANK) @Size(max = 200, message = TOO_LONG) String title,
			@Size(max = 10000, message = TOO_LONG) String description,
			@NotNull(message = MISSING) @Range(min = ChecklistTemplateItem.EARLIEST_OFFSET,
					max = ChecklistTemplateItem.LATEST_OFFSET) Integer offsetDays,
			@NotNull(message = MISSING) ResponsibleRole responsible,
			@Size(max = 120, message = TOO_LONG) String dayOfRole) {

		TaskEntry {
			description = orEmpty(description);
		}

		boolean forDayOfRole() {
			return responsible == ResponsibleRole.DAY_OF_ROLE;
		}

	}

	/**
	 * A day-of role the program uses, with its role card.
	 *
	 * @param people how many people the program needs in it; 0 for a role only named by checklist tasks
	 */
	record RoleEntry(@NotBlank(message = BLANK) @Size(max = 120, message = TOO_LONG) String name,
			@Size(max = 4000, message = TOO_LONG) String summary, @Size(max = 10000, message = TOO_LONG) String before,
			@Size(max = 10000, message = TOO_LONG) String during, @Size(max = 10000, message = TOO_LONG) String after,
			@NotNull(message = MISSING) @Range(min = 0, max = 50) Integer people) {

		RoleEntry {
			summary = orEmpty(summary);
			before = orEmpty(before);
			during = orEmpty(during);
			after = orEmpty(after);
		}

		RoleCard card() {
			return new RoleCard(name, summary, before, during, after);
		}

		static RoleEntry of(RoleCard card, int people) {
			return new RoleEntry(card.name(), card.summary(), card.before(), card.during(), card.after(), people);
		}

	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
