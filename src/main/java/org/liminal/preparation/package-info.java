/**
 * Preparation: every scheduled training's checklist, generated from its program version's template and kept
 * in step with the training (rescheduled, cancelled, moved to a newer version, staffed); the daily run that
 * marks what is overdue, sends digests and flags trainings at risk; and each training's readiness.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Preparation")
package org.liminal.preparation;
