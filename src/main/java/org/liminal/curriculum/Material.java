package org.liminal.curriculum;

import jakarta.persistence.Embeddable;

/** A titled link a module's trainers need: slides, handouts, videos. */
@Embeddable
public record Material(String title, String url) {
}
