/**
 * The few types every module's rules speak in, so that the pages can treat them alike, and the one row mapper
 * every module's reads share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.liminal.shared;
