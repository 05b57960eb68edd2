package org.liminal.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * One module of a program version. Its {@code key} stays the same in every version the module is carried
 * into, so versions can be compared and trainings can map their staffing to a newer version.
 */
@Entity
@Table(name = "curriculum_module")
class CurriculumModule {

	@Id
	private UUID id;

	@TenantId
	private UUID organizationId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_version_id")
	private ProgramVersion programVersion;

	private UUID key;

	private int position;

	private String title;

	private String purpose;

	private String learningGoals;

	private int durationMinutes;

	private int trainersNeeded;

	private String guide;

	private boolean runThroughRequired;

	@ElementCollection
	@CollectionTable(name = "module_material", joinColumns = @JoinColumn(name = "module_id"))
	@OrderColumn(name = "position")
	private List<Material> materials = new ArrayList<>();

	@Version
	private long version;

	protected CurriculumModule() {
	}

	CurriculumModule(ProgramVersion programVersion, UUID key, int position, ModuleContent content) {
		this.id = UUID.randomUUID();
		this.programVersion = programVersion;
		this.key = key;
		this.position = position;
		change(content);
	}

	void change(ModuleContent content) {
		this.title = content.title().strip();
		this.purpose = content.purpose().strip();
		this.learningGoals = content.learningGoals().strip();
		this.durationMinutes = content.durationMinutes();
		this.trainersNeeded = content.trainersNeeded();
		this.guide = content.guide();
		this.runThroughRequired = content.runThroughRequired();
		this.materials.clear();
		this.materials.addAll(content.materials());
	}

	CurriculumModule copyInto(ProgramVersion draft) {
		return new CurriculumModule(draft, key, position, content());
	}

	ModuleContent content() {
		return new ModuleContent(title, purpose, learningGoals, durationMinutes, trainersNeeded, guide,
				runThroughRequired, materials);
	}

	long version() {
		return version;
	}

	UUID id() {
		return id;
	}

	UUID key() {
		return key;
	}

	int position() {
		return position;
	}

	void moveTo(int position) {
		this.position = position;
	}

	String title() {
		return title;
	}

	int durationMinutes() {
		return durationMinutes;
	}

	int trainersNeeded() {
		return trainersNeeded;
	}

	ModuleView view() {
		return new ModuleView(id, key, content(), version);
	}

}
