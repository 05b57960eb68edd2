package org.liminal.curriculum;

/** What a day-of role is called and what the person holding it does before, during and after the training. */
public record RoleCard(String name, String summary, String before, String during, String after) {
}
