package org.liminal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The one stylesheet stays well-formed. Branches append to it and git merges it by union, which can drop a
 * closing brace that both sides share; the rest of the file then silently applies only where that block does
 * (say, only on paper).
 */
class StylesheetTests {

	private static final Path STYLESHEET = Path.of("src", "main", "resources", "static", "css", "liminal.css");

	@Test
	void everyBlockIsClosedWhereItShouldBe() throws IOException {
		String css = Files.readString(STYLESHEET, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
		int depth = 0;
		int line = 1;
		for (char c : css.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("a closing brace without its opening one, line %s (comments removed)", line)
					.isNotNegative();
			}
		}
		assertThat(depth).as("blocks left open at the end of " + STYLESHEET).isZero();
	}

}
