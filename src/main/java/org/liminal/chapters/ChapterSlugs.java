package org.liminal.chapters;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A chapter's slug: the short name that stands for it in addresses ({@code ciudad-de-mexico}). Lower-case ASCII
 * letters and digits in groups joined by single dashes, as the database also insists.
 */
public final class ChapterSlugs {

	public static final int MAX_LENGTH = 60;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** Letters that Unicode decomposition does not turn into ASCII, written as people usually spell them. */
	private static final Map<String, String> SPELLED_OUT = Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł",
			"l", "đ", "d", "ð", "d", "þ", "th", "ı", "i");

	private ChapterSlugs() {
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
	}

	/**
	 * The slug a name suggests: "Ciudad de México" gives {@code ciudad-de-mexico}; a long name is cut between
	 * words. Empty when the name has no letter or digit that can be written in ASCII.
	 */
	public static String suggest(String name) {
		if (name == null) {
			return "";
		}
		String lower = name.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> letter : SPELLED_OUT.entrySet()) {
			lower = lower.replace(letter.getKey(), letter.getValue());
		}
		String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			int lastWordEnd = slug.lastIndexOf('-', MAX_LENGTH);
			slug = lastWordEnd > 0 ? slug.substring(0, lastWordEnd) : slug.substring(0, MAX_LENGTH);
		}
		return slug;
	}

}
