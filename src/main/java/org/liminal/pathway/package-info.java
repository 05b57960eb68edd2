/**
 * Pathway: the qualifications ("pins") an organization recognizes, such as module trainer or coach; who holds
 * them and how each was earned (granted by a coach or organizer with its evidence, or by attending a completed
 * training), renewed or revoked; and the people a coach is ready to recognize.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pathway")
package org.liminal.pathway;
