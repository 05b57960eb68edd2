package org.liminal.trainings.web;

import org.liminal.web.ListFilterForm;

/**
 * The training list's filters as a person typed or chose them: a list's filters, its status and its page.
 * {@link TrainingListQuery} reads them and says what it had to ignore.
 * <p>
 * A missing {@code from} means "from today" (the list starts with what is next); an empty one means no
 * lower bound, which is how the past is reached.
 */
public class TrainingListForm extends ListFilterForm {

	private String status;

	private String page;

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
