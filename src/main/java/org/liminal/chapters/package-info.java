/**
 * Chapters: the cities or hubs that run trainings, with their time zones, their leads and the pool of
 * trainers and coaches they draw on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chapters")
package org.liminal.chapters;
