package org.liminal.curriculum.web;

import jakarta.validation.constraints.Size;

import org.liminal.curriculum.Material;

/**
 * One row of a module form's materials: a title and a web address. A row left empty is no material, so that
 * the form offers spare rows and removing a material is clearing its row, all without JavaScript.
 */
@CompleteMaterial
public class MaterialRow {

	@Size(max = 200, message = "{module.error.materialTitleSize}")
	private String title = "";

	@Size(max = 2000, message = "{module.error.materialUrlSize}")
	private String url = "";

	static MaterialRow of(Material material) {
		MaterialRow row = new MaterialRow();
		row.title = material.title();
		row.url = material.url();
		return row;
	}

	boolean isEmpty() {
		return title.isEmpty() && url.isEmpty();
	}

	Material material() {
		return new Material(title, url);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title.strip();
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url == null ? "" : url.strip();
	}

}
