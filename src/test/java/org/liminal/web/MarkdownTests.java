package org.liminal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown renders as people expect, and nothing anyone writes in it can run in a reader's browser. */
class MarkdownTests {

	private final Markdown markdown = new Markdown();

	// --- Ordinary Markdown ---------------------------------------------------------------------------------

	@Test
	void headingsParagraphsAndEmphasisRender() {
		String html = markdown.html("# Story of self\n\nTell **your** story, *briefly*.\n\n> Quote\n\n`code`");

		assertThat(html).contains("<h1>Story of self</h1>")
			.contains("<p>Tell <strong>your</strong> story, <em>briefly</em>.</p>")
			.contains("<blockquote>")
			.contains("<code>code</code>");
	}

	@Test
	void headingsCanStartBelowThePagesOwnHeadings() {
		String html = markdown.html("# Before\n\n## During\n\n###### Deep", 3);

		assertThat(html).contains("<h3>Before</h3>").contains("<h4>During</h4>").contains("<h6>Deep</h6>");
	}

	@Test
	void listsRender() {
		String html = markdown.html("- one\n- two\n\n3. three\n4. four");

		assertThat(html).contains("<ul><li>one</li><li>two</li></ul>").contains("<ol start=\"3\"><li>three</li>");
	}

	@Test
	void tablesRender() {
		String html = markdown.html("| Time | What |\n|:-----|-----:|\n| 10:00 | Welcome |");

		assertThat(html).contains("<table>").contains("<th align=\"left\">Time</th>").contains("<td align=\"right\">Welcome</td>");
	}

	@Test
	void linksOpenInANewTabWithoutAccessToThePage() {
		String html = markdown.html("See [the slides](https://example.org/slides \"Slides\") or write to "
				+ "[us](mailto:trainers@example.org).");

		assertThat(html).contains("<a href=\"https://example.org/slides\" title=\"Slides\" "
				+ "rel=\"noopener noreferrer nofollow\" target=\"_blank\">the slides</a>")
			.contains("<a href=\"mailto:trainers&#64;example.org\" rel=\"noopener noreferrer nofollow\" "
					+ "target=\"_blank\">us</a>");
	}

	@Test
	void bareAndAngleBracketAddressesBecomeLinks() {
		String html = markdown.html("Slides: https://example.org/deck and <https://example.org/notes>");

		assertThat(html).contains("<a href=\"https://example.org/deck\" rel=\"noopener noreferrer nofollow\" "
				+ "target=\"_blank\">https://example.org/deck</a>")
			.contains("href=\"https://example.org/notes\"");
	}

	@Test
	void imagesBecomeLinksToThem() {
		String html = markdown.html("![The circle](https://example.org/circle.png) and ![](https://example.org/x.png)");

		assertThat(html).doesNotContain("<img")
			.contains("<a href=\"https://example.org/circle.png\" rel=\"noopener noreferrer nofollow\" "
					+ "target=\"_blank\">The circle</a>")
			.contains(">https://example.org/x.png</a>");
	}

	@Test
	void anImageInsideALinkLeavesItsAltText() {
		String html = markdown.html("[![Logo](https://example.org/logo.png)](https://example.org)");

		assertThat(html).doesNotContain("<img").contains(">Logo</a>").doesNotContain("logo.png");
	}

	@Test
	void nothingWrittenIsNothingShown() {
		assertThat(markdown.html(null)).isEmpty();
		assertThat(markdown.html("  \n ")).isEmpty();
	}

	// --- Attacks -------------------------------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = {
			"<script>alert(1)</script>",
			"<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
			"Text <script>alert(1)</script> inline",
			"<img src=x onerror=alert(1)>",
			"<img src=\"x\" onerror=\"alert(1)\">",
			"![x](x\" onerror=\"alert(1))",
			"![x](javascript:alert(1))",
			"[x](javascript:alert(1))",
			"[x](JaVaScRiPt:alert(1))",
			"[x](  javascript:alert(1))",
			"[x](<javascript:alert(1)>)",
			"[x](&#106;avascript:alert(1))",
			"[x](&#x6A;avascript&#x3A;alert(1))",
			"[x](java&#x09;script:alert(1))",
			"[x](vbscript:msgbox(1))",
			"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"[x]: javascript:alert(1)\n\n[x]",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
			"<a href=\"javascript:alert(1)\">x</a>",
			"<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
			"<iframe src=\"https://evil.example\"></iframe>",
			"<svg onload=alert(1)>",
			"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>",
			"<p style=\"color:red\">x</p>",
			"<object data=\"https://evil.example/x.swf\"></object>",
			"<form action=\"https://evil.example\"><button>x</button></form>",
			"<javascript:alert(1)>",
			"<vbscript:alert(1)>",
			"<data:text/html,<script>alert(1)</script>>",
			"&lt;script&gt;alert(1)&lt;/script&gt;",
			"&#60;script&#62;alert(1)&#60;/script&#62;",
			"<<script>script>alert(1)<</script>/script>",
			"<!-- <script>alert(1)</script> -->",
			"```html\n<script>alert(1)</script>\n```",
			"| a |\n|---|\n| <script>alert(1)</script> |",
			"[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")",
			"<https://example.org/\"onmouseover=\"alert(1)>",
			"www.example.org/\"onmouseover=\"alert(1)"
	})
	void attemptsToRunCodeAreRenderedInert(String attack) {
		String html = markdown.html(attack).toLowerCase(Locale.ROOT);

		assertThat(html).as(attack)
			.doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("<iframe")
			.doesNotContain("<svg")
			.doesNotContain("<math")
			.doesNotContain("<object")
			.doesNotContain("<form")
			.doesNotContain("<div")
			.doesNotContain("style=")
			.doesNotContain("src=")
			.doesNotContain("href=\"javascript")
			.doesNotContain("href=\"vbscript")
			.doesNotContain("href=\"data")
			.doesNotContainPattern("<[a-z][^>]*\\son[a-z]+\\s*=");
		assertThat(hrefs(html)).as(attack).allMatch(href -> href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:"));
	}

	@Test
	void rawHtmlIsShownAsText() {
		String html = markdown.html("<b>bold?</b> <script>alert(1)</script>");

		assertThat(html).isEqualTo("<p>&lt;b&gt;bold?&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
	}

	@Test
	void aLinkToAForbiddenAddressKeepsOnlyItsText() {
		assertThat(markdown.html("[click me](javascript:alert(1))")).isEqualTo("<p>click me</p>\n");
		assertThat(markdown.html("[relative](/somewhere)")).isEqualTo("<p>relative</p>\n");
	}

	@Test
	void onlyWebAndMailAddressesAreSafeLinks() {
		assertThat(markdown.isSafeLink("https://example.org/slides")).isTrue();
		assertThat(markdown.isSafeLink("HTTP://example.org")).isTrue();
		assertThat(markdown.isSafeLink("mailto:someone@example.org")).isTrue();
		assertThat(markdown.isSafeLink("javascript:alert(1)")).isFalse();
		assertThat(markdown.isSafeLink("data:text/html,x")).isFalse();
		assertThat(markdown.isSafeLink("//evil.example")).isFalse();
		assertThat(markdown.isSafeLink("https://")).isFalse();
		assertThat(markdown.isSafeLink(null)).isFalse();
	}

	private static List<String> hrefs(String html) {
		List<String> hrefs = new ArrayList<>();
		Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
		while (href.find()) {
			hrefs.add(href.group(1));
		}
		return hrefs;
	}

}
