/**
 * Trainings: a chapter's run of one published program version on one or more consecutive days, its staff
 * (lead trainer, trainers per module, coach, day-of roles), its lifecycle and its calendars. Other modules
 * follow trainings through the events published here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trainings")
package org.liminal.trainings;
