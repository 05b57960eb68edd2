package org.liminal.coaching.web;

import java.util.ArrayList;
import java.util.List;

import org.liminal.coaching.Criterion;
import org.liminal.coaching.CriterionEdit;
import org.liminal.coaching.Rubric;

/** The rubric as an organizer edits it: a row per criterion and one empty row to add one; {@code version} is the rubric's. */
public class RubricForm {

	private List<Row> criteria = new ArrayList<>();

	private long version;

	static RubricForm of(Rubric rubric) {
		RubricForm form = new RubricForm();
		List<Criterion> all = rubric.criteria();
		for (int i = 0; i < all.size(); i++) {
			Criterion criterion = all.get(i);
			form.criteria.add(new Row(criterion.key(), criterion.name(), criterion.description(), i + 1,
					criterion.retired()));
		}
		form.criteria.add(new Row("", "", "", all.size() + 1, false));
		form.version = rubric.version();
		return form;
	}

	List<CriterionEdit> edits() {
		List<CriterionEdit> edits = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			Row row = criteria.get(i);
			edits.add(new CriterionEdit(row.getKey(), row.getName(), row.getDescription(),
					row.getPosition() == null ? i + 1 : row.getPosition(), row.isRetired()));
		}
		return edits;
	}

	public List<Row> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<Row> criteria) {
		this.criteria = criteria == null ? new ArrayList<>() : criteria;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** One criterion; a blank key is the row to add a criterion with. */
	public static class Row {

		private String key = "";

		private String name = "";

		private String description = "";

		private Integer position;

		private boolean retired;

		public Row() {
		}

		Row(String key, String name, String description, Integer position, boolean retired) {
			this.key = key;
			this.name = name;
			this.description = description;
			this.position = position;
			this.retired = retired;
		}

		public String getKey() {
			return key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public Integer getPosition() {
			return position;
		}

		public void setPosition(Integer position) {
			this.position = position;
		}

		public boolean isRetired() {
			return retired;
		}

		public void setRetired(boolean retired) {
			this.retired = retired;
		}

	}

}
