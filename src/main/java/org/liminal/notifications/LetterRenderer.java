package org.liminal.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders letters from {@code templates/mail/}: the HTML body from {@code <name>.html} and its plain-text
 * alternative from {@code <name>.txt} (Thymeleaf TEXT mode), in the recipient's language. An engine of its own,
 * apart from the pages', so that mail templates never resolve as pages and the TEXT mode applies to
 * {@code .txt} only.
 */
@Component
class LetterRenderer {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	LetterRenderer(MessageSource messages) {
		ClassLoaderTemplateResolver text = new ClassLoaderTemplateResolver();
		text.setPrefix("templates/");
		text.setResolvablePatterns(Set.of("*.txt"));
		text.setTemplateMode(TemplateMode.TEXT);
		text.setCharacterEncoding("UTF-8");
		text.setCheckExistence(true);
		text.setOrder(1);
		ClassLoaderTemplateResolver html = new ClassLoaderTemplateResolver();
		html.setPrefix("templates/");
		html.setSuffix(".html");
		html.setTemplateMode(TemplateMode.HTML);
		html.setCharacterEncoding("UTF-8");
		html.setCheckExistence(true);
		html.setOrder(2);
		engine.addTemplateResolver(text);
		engine.addTemplateResolver(html);
		engine.setTemplateEngineMessageSource(messages);
	}

	/** The HTML and plain-text bodies of a template such as {@code "preparation/digest"}. */
	Bodies render(String template, Locale locale, Map<String, Object> model) {
		Context context = new Context(locale, model);
		String name = "mail/" + template;
		return new Bodies(engine.process(name, context), engine.process(name + ".txt", context));
	}

	record Bodies(String html, String text) {
	}

}
