/**
 * Shared web infrastructure: the layout's data, locale handling, error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.liminal.web;
