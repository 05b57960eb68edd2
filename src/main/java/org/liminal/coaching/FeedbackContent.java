package org.liminal.coaching;

import java.util.HashMap;
import java.util.Map;

/**
 * What a coach writes: scores by criterion key (1–4), strengths ("glows"), things to work on ("grows") and a
 * verdict. A draft may lack scores and the verdict; submitting needs every active criterion scored and a verdict.
 *
 * @param verdict {@code null} while undecided
 */
public record FeedbackContent(Map<String, Integer> scores, String glows, String grows, Verdict verdict) {

	public static final int MAX_TEXT = 4000;

	public static final int LOWEST_SCORE = 1;

	public static final int HIGHEST_SCORE = 4;

	public FeedbackContent {
		// Copied by hand: an unscored criterion may come as a null value, which Map.copyOf refuses.
		Map<String, Integer> scored = new HashMap<>();
		if (scores != null) {
			scores.forEach((key, score) -> {
				if (key != null && score != null) {
					scored.put(key, score);
				}
			});
		}
		scores = Map.copyOf(scored);
		glows = glows == null ? "" : glows.strip();
		grows = grows == null ? "" : grows.strip();
	}

}
