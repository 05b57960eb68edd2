/**
 * Participants: the people who sign up for trainings. Seats go in arrival order; a full training keeps a waitlist
 * and a cancellation promotes the first person waiting. Capacity is held by the database (each training's seats
 * row counts its confirmed registrations and refuses more than its capacity), so no concurrency exceeds it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants")
package org.liminal.participants;
