/**
 * Shared web infrastructure: the layout's data, locale handling, error pages, Markdown rendered safely.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.liminal.web;
