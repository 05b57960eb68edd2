/**
 * Dashboards: what organizers and chapter leads look at to see the whole machine, and each trainer's and coach's
 * own page of what they have ahead and what waits on them; read from the other modules' read models and never
 * written to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards")
package org.liminal.dashboards;
