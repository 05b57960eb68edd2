package org.liminal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown that members write (facilitation guides, for one) as HTML a page can show as it is.
 * <p>
 * Raw HTML in the Markdown is shown as text, never interpreted; the rendered HTML then goes through an
 * allow-list sanitizer, so that a gap in either step alone lets nothing through. Links go only to the web or
 * to a mail address and open in a new tab that cannot reach this page. Images become links: a picture from
 * elsewhere would tell its server who reads the guide (and the content security policy blocks it anyway).
 * <p>
 * Templates call it in {@code th:with} and show the result with {@code th:utext}: Thymeleaf refuses bean
 * references inside {@code th:utext} itself (see {@code templates/curriculum/module.html}).
 */
@Component("markdown")
public class Markdown {

	/** Link targets a page may offer: absolute web addresses and mail addresses, nothing else. */
	private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?://[^\\s/?#]+[^\\s]*|mailto:[^\\s]+)");

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final String LINK_RELS = "noopener noreferrer nofollow";

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "em", "strong", "del",
				"code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td")
		.allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
		.allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").matching(Markdown::isWebOrMailAddress).onElements("a")
		.allowAttributes("title").onElements("a")
		.allowElements(Markdown::linkOpeningSafely, "a")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	/** The Markdown as safe HTML, its headings as written (a "#" heading is an h1). */
	public String html(String markdown) {
		return html(markdown, 1);
	}

	/**
	 * The Markdown as safe HTML, its headings moved down so that the first level is {@code topHeadingLevel}: a
	 * guide's "#" heading then nests under the page's own headings instead of competing with its title.
	 */
	public String html(String markdown, int topHeadingLevel) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = parser.parse(markdown);
		new PageFit(Math.max(0, topHeadingLevel - 1)).fit(document);
		return POLICY.sanitize(renderer.render(document));
	}

	/** Whether a link to this address is one a page may offer: http, https or mailto, and absolute. */
	public boolean isSafeLink(String url) {
		return isWebOrMailAddress(url);
	}

	private static boolean isWebOrMailAddress(String url) {
		return url != null && SAFE_LINK.matcher(url.strip()).matches();
	}

	/** Links without a (safe) address lose their tag and keep their text; the others open in a new tab. */
	private static String linkOpeningSafely(String element, List<String> attributes) {
		List<String> kept = new ArrayList<>();
		boolean hasAddress = false;
		for (int i = 0; i + 1 < attributes.size(); i += 2) {
			String name = attributes.get(i).toLowerCase(Locale.ROOT);
			if (name.equals("href") || name.equals("title")) {
				kept.add(name);
				kept.add(attributes.get(i + 1));
				hasAddress |= name.equals("href");
			}
		}
		if (!hasAddress) {
			return null;
		}
		kept.addAll(List.of("rel", LINK_RELS, "target", "_blank"));
		attributes.clear();
		attributes.addAll(kept);
		return element;
	}

	/** Moves headings down to the page's level and turns images into links to them. */
	private static final class PageFit extends AbstractVisitor {

		private final int headingShift;

		private final List<Image> images = new ArrayList<>();

		PageFit(int headingShift) {
			this.headingShift = headingShift;
		}

		void fit(Node document) {
			document.accept(this);
			images.forEach(PageFit::replaceWithLink);
		}

		@Override
		public void visit(Heading heading) {
			heading.setLevel(Math.min(6, heading.getLevel() + headingShift));
			visitChildren(heading);
		}

		@Override
		public void visit(Image image) {
			images.add(image);
			visitChildren(image);
		}

		/** An image becomes a link to it named by its alt text; inside a link, only the alt text is left. */
		private static void replaceWithLink(Image image) {
			Link link = isInsideLink(image) ? null : new Link(image.getDestination(), image.getTitle());
			for (Node child = image.getFirstChild(), next; child != null; child = next) {
				next = child.getNext();
				if (link == null) {
					image.insertBefore(child);
				}
				else {
					link.appendChild(child);
				}
			}
			if (link != null) {
				if (link.getFirstChild() == null) {
					link.appendChild(new Text(image.getDestination()));
				}
				image.insertBefore(link);
			}
			image.unlink();
		}

		private static boolean isInsideLink(Node node) {
			for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof Link) {
					return true;
				}
			}
			return false;
		}

	}

}
