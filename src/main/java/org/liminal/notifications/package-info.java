/**
 * Email (and later other channels): one way out for every message Liminal sends.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.liminal.notifications;
