/**
 * Curriculum: programs, their modules, agendas and prep-checklist templates, edited as drafts and published
 * as immutable versions; and the organization's day-of roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Curriculum")
package org.liminal.curriculum;
