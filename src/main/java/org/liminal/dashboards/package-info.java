/**
 * Dashboards: what organizers and chapter leads look at to see the whole machine, read from the other modules'
 * read models and never written to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards")
package org.liminal.dashboards;
