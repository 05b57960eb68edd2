/**
 * Coaching: trainers rehearse their modules in run-throughs (planned ahead, logged afterwards with their
 * timing), coaches score each presenter's module on the organization's rubric and give a verdict, trainers
 * acknowledge and reply, and each training's rehearsal matrix (modules × presenters) shows who is signed off.
 * Feedback is confidential: only the presenter, coaches, the training's chapter leads and organizers see it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coaching")
package org.liminal.coaching;
