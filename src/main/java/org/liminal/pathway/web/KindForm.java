package org.liminal.pathway.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liminal.pathway.BadgeColour;
import org.liminal.pathway.KindDetails;
import org.liminal.pathway.KindScope;
import org.liminal.pathway.QualificationKindView;
import org.liminal.pathway.QualificationKinds;

/**
 * A kind of qualification as an organizer writes it; empty validity and suggestion rule mean "never expires" and
 * "never suggested". {@code version} is the kind's, for conflicts.
 */
public class KindForm {

	@NotBlank(message = "{pathway.error.nameMissing}")
	@Size(max = QualificationKinds.MAX_NAME_LENGTH, message = "{pathway.error.nameSize}")
	private String name = "";

	@Size(max = QualificationKinds.MAX_DESCRIPTION_LENGTH, message = "{pathway.error.descriptionSize}")
	private String description = "";

	@NotNull(message = "{pathway.error.colourMissing}")
	private BadgeColour colour = BadgeColour.BLUE;

	@NotNull(message = "{pathway.error.scopeMissing}")
	private KindScope scope = KindScope.GENERAL;

	private UUID programId;

	@Min(value = 1, message = "{pathway.error.validity}")
	@Max(value = QualificationKinds.MAX_VALIDITY_MONTHS, message = "{pathway.error.validity}")
	private Integer validityMonths;

	@Min(value = 1, message = "{pathway.error.readyVerdicts}")
	@Max(value = QualificationKinds.MAX_READY_VERDICTS, message = "{pathway.error.readyVerdicts}")
	private Integer readyVerdicts;

	private long version;

	static KindForm of(QualificationKindView kind) {
		KindForm form = new KindForm();
		KindDetails details = kind.details();
		form.name = details.name();
		form.description = details.description();
		form.colour = details.colour();
		form.scope = details.scope();
		form.programId = details.programId();
		form.validityMonths = details.validityMonths();
		form.readyVerdicts = details.readyVerdicts();
		form.version = kind.version();
		return form;
	}

	KindDetails details() {
		return new KindDetails(name, description, colour, scope, programId, validityMonths, readyVerdicts);
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = stripped(name);
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = stripped(description);
	}

	public BadgeColour getColour() {
		return colour;
	}

	public void setColour(BadgeColour colour) {
		this.colour = colour;
	}

	public KindScope getScope() {
		return scope;
	}

	public void setScope(KindScope scope) {
		this.scope = scope;
	}

	public UUID getProgramId() {
		return programId;
	}

	public void setProgramId(UUID programId) {
		this.programId = programId;
	}

	public Integer getValidityMonths() {
		return validityMonths;
	}

	public void setValidityMonths(Integer validityMonths) {
		this.validityMonths = validityMonths;
	}

	public Integer getReadyVerdicts() {
		return readyVerdicts;
	}

	public void setReadyVerdicts(Integer readyVerdicts) {
		this.readyVerdicts = readyVerdicts;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
