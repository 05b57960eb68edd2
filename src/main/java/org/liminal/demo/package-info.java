/**
 * Demo data (profile {@code demo}): organizations and people for every role, so the app always looks alive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.liminal.demo;
