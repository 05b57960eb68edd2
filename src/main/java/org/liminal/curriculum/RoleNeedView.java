package org.liminal.curriculum;

import java.util.UUID;

/** A day-of role a program needs, and how many people in it. */
public record RoleNeedView(UUID dayOfRoleId, String name, int people) {
}
