package org.liminal.chapters.web;

import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liminal.chapters.ChapterDetails;
import org.liminal.chapters.ChapterSlugs;
import org.liminal.chapters.ChapterView;
import org.liminal.chapters.Chapters;
import org.springframework.validation.BindingResult;

/**
 * A chapter's details as an organizer writes them; {@code version} is the chapter's, for conflicts. An empty slug
 * is made from the name.
 */
public class ChapterForm {

	@NotBlank(message = "{chapter.error.nameMissing}")
	@Size(max = Chapters.MAX_NAME_LENGTH, message = "{chapter.error.nameSize}")
	private String name = "";

	@Size(max = ChapterSlugs.MAX_LENGTH, message = "{chapter.error.slug}")
	@Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{chapter.error.slug}")
	private String slug = "";

	@NotBlank(message = "{chapter.error.zone}")
	private String zone = "";

	@Size(max = Chapters.MAX_REGION_LENGTH, message = "{chapter.error.regionSize}")
	private String region = "";

	private boolean active = true;

	private long version;

	static ChapterForm of(ChapterView chapter) {
		ChapterForm form = new ChapterForm();
		form.name = chapter.name();
		form.slug = chapter.slug();
		form.zone = chapter.zone().getId();
		form.region = chapter.region();
		form.active = chapter.active();
		form.version = chapter.version();
		return form;
	}

	static ChapterForm startingIn(ZoneId zone) {
		ChapterForm form = new ChapterForm();
		form.zone = zone.getId();
		return form;
	}

	/**
	 * What bean validation cannot say alone: a slug to make from the name when none is given, and a zone among
	 * those offered (or the one the chapter already has). The suggested slug stays in the form, so a person whose
	 * suggestion is taken sees it to edit.
	 */
	void complete(BindingResult result, ZoneId savedZone) {
		if (slug.isEmpty() && !result.hasFieldErrors("name")) {
			slug = ChapterSlugs.suggest(name);
			if (slug.isEmpty()) {
				result.rejectValue("slug", "chapter.error.slugMissing");
			}
		}
		if (!result.hasFieldErrors("zone") && !TimeZones.isOffered(zone)
				&& (savedZone == null || !savedZone.getId().equals(zone))) {
			result.rejectValue("zone", "chapter.error.zone");
		}
	}

	ChapterDetails details() {
		return new ChapterDetails(name, slug, ZoneId.of(zone), region, active);
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

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = stripped(slug);
	}

	public String getZone() {
		return zone;
	}

	public void setZone(String zone) {
		this.zone = stripped(zone);
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = stripped(region);
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
