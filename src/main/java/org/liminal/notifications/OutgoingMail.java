package org.liminal.notifications;

/** A plain-text email to one person. */
public record OutgoingMail(String to, String subject, String body) {
}
