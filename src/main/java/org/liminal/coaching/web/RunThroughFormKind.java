package org.liminal.coaching.web;

/**
 * The five forms of a run-through, one template: logging one that happened, planning one, logging a planned one as
 * held, and correcting a plan or a log. Only logs carry actual minutes and the self-assessment.
 */
enum RunThroughFormKind {

	LOG("log", true),

	PLAN("plan", false),

	LOG_PLANNED("logPlanned", true),

	EDIT_PLAN("editPlan", false),

	EDIT_LOG("editLog", true);

	private final String name;

	private final boolean held;

	RunThroughFormKind(String name, boolean held) {
		this.name = name;
		this.held = held;
	}

	/** For the template, which asks for the actual minutes and the self-assessment only on logs. */
	public boolean isHeld() {
		return held;
	}

	/** The form's title, introduction and button: {@code runThrough.form.<kind>.title}, {@code .intro}, {@code .submit}. */
	public String messagePrefix() {
		return "runThrough.form." + name;
	}

}
