package org.liminal.notifications;

import java.util.Objects;

/**
 * A file sent with a {@link Letter}, such as a training's calendar.
 *
 * @param contentType its MIME type, such as {@code text/calendar; charset=UTF-8; method=PUBLISH}
 */
public record LetterAttachment(String fileName, String contentType, byte[] content) {

	public LetterAttachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(contentType, "contentType");
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

}
