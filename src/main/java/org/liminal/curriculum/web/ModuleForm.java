package org.liminal.curriculum.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liminal.curriculum.ModuleContent;
import org.liminal.curriculum.ModuleView;

/**
 * A module as an organizer writes it, for adding one and for changing one; {@code version} is the module's,
 * for telling a stale edit.
 */
public class ModuleForm {

	/** Empty material rows the form always offers, so that materials are added without JavaScript. */
	static final int SPARE_MATERIAL_ROWS = 3;

	@NotBlank(message = "{module.error.titleMissing}")
	@Size(max = 120, message = "{module.error.titleSize}")
	private String title = "";

	@Size(max = 4000, message = "{module.error.textSize}")
	private String purpose = "";

	@Size(max = 4000, message = "{module.error.textSize}")
	private String learningGoals = "";

	@NotNull(message = "{module.error.durationRange}")
	@Min(value = 5, message = "{module.error.durationRange}")
	@Max(value = 600, message = "{module.error.durationRange}")
	private Integer durationMinutes = 60;

	@NotNull(message = "{module.error.trainersRange}")
	@Min(value = 0, message = "{module.error.trainersRange}")
	@Max(value = 10, message = "{module.error.trainersRange}")
	private Integer trainersNeeded = 1;

	@Size(max = 50_000, message = "{module.error.guideSize}")
	private String guide = "";

	private boolean runThroughRequired;

	@Size(max = 50, message = "{module.error.tooManyMaterials}")
	private List<@Valid MaterialRow> materials = new ArrayList<>();

	private long version;

	/** An empty form with spare material rows. */
	static ModuleForm blank() {
		ModuleForm form = new ModuleForm();
		form.withSpareMaterialRows();
		return form;
	}

	static ModuleForm of(ModuleView module) {
		ModuleForm form = new ModuleForm();
		var content = module.content();
		form.title = content.title();
		form.purpose = content.purpose();
		form.learningGoals = content.learningGoals();
		form.durationMinutes = content.durationMinutes();
		form.trainersNeeded = content.trainersNeeded();
		form.guide = content.guide();
		form.runThroughRequired = content.runThroughRequired();
		content.materials().forEach(material -> form.materials.add(MaterialRow.of(material)));
		form.version = module.version();
		form.withSpareMaterialRows();
		return form;
	}

	/** Adds empty rows until the form offers {@link #SPARE_MATERIAL_ROWS}, after the rows already there. */
	ModuleForm withSpareMaterialRows() {
		materials.replaceAll(row -> row == null ? new MaterialRow() : row);
		long empty = materials.stream().filter(MaterialRow::isEmpty).count();
		for (long i = empty; i < SPARE_MATERIAL_ROWS; i++) {
			materials.add(new MaterialRow());
		}
		return this;
	}

	/** What to save; only call when the form is valid. */
	ModuleContent content() {
		return new ModuleContent(title, purpose, learningGoals, durationMinutes, trainersNeeded, guide,
				runThroughRequired,
				materials.stream().filter(row -> row != null && !row.isEmpty()).map(MaterialRow::material).toList());
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title.strip();
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = text(purpose).strip();
	}

	public String getLearningGoals() {
		return learningGoals;
	}

	public void setLearningGoals(String learningGoals) {
		this.learningGoals = text(learningGoals).strip();
	}

	public Integer getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public Integer getTrainersNeeded() {
		return trainersNeeded;
	}

	public void setTrainersNeeded(Integer trainersNeeded) {
		this.trainersNeeded = trainersNeeded;
	}

	public String getGuide() {
		return guide;
	}

	/** Kept as written but for line endings: leading spaces mean something in Markdown. */
	public void setGuide(String guide) {
		this.guide = text(guide).stripTrailing();
	}

	public boolean isRunThroughRequired() {
		return runThroughRequired;
	}

	public void setRunThroughRequired(boolean runThroughRequired) {
		this.runThroughRequired = runThroughRequired;
	}

	public List<MaterialRow> getMaterials() {
		return materials;
	}

	public void setMaterials(List<MaterialRow> materials) {
		this.materials = materials == null ? new ArrayList<>() : materials;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * Browsers send line breaks of a text area as CR LF; counted as one, as the person sees them, so that the
	 * length limits mean what the page says.
	 */
	private static String text(String value) {
		return value == null ? "" : value.replace("\r\n", "\n");
	}

}
