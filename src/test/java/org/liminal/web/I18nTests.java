package org.liminal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;
import org.liminal.organizations.OrganizationRole;

/**
 * Liminal speaks English and Spanish everywhere: both message bundles hold the same keys, templates take every
 * visible word from them, and every key the code or the templates ask for exists.
 * <p>
 * Plain files, no Spring context. Templates are parsed with AttoParser, the HTML parser Thymeleaf itself uses.
 */
class I18nTests {

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Path JAVA_SOURCES = Path.of("src", "main", "java");

	private static final String ENGLISH = "messages.properties";

	private static final String SPANISH = "messages_es.properties";

	private final Bundle english = Bundle.load(ENGLISH);

	private final Bundle spanish = Bundle.load(SPANISH);

	// --- The bundles -------------------------------------------------------------------------------------------

	@Test
	void everyEnglishKeyHasASpanishTranslation() {
		assertNone(difference(english.keys(), spanish.keys()),
				"These keys are in " + ENGLISH + " but missing in " + SPANISH + ":");
	}

	@Test
	void noSpanishKeyIsMissingInEnglish() {
		assertNone(difference(spanish.keys(), english.keys()),
				"These keys are in " + SPANISH + " but missing in " + ENGLISH + ":");
	}

	@Test
	void noMessageIsEmpty() {
		List<String> empty = new ArrayList<>();
		for (Bundle bundle : List.of(english, spanish)) {
			bundle.messages.forEach((key, text) -> {
				if (text.isBlank()) {
					empty.add(bundle.file + ": " + key);
				}
			});
		}
		assertNone(empty, "These messages are empty:");
	}

	@Test
	void noKeyIsDefinedTwice() {
		List<String> duplicates = new ArrayList<>();
		english.duplicates.forEach(key -> duplicates.add(ENGLISH + ": " + key));
		spanish.duplicates.forEach(key -> duplicates.add(SPANISH + ": " + key));
		assertNone(duplicates, "These keys are defined twice in the same file (the last one silently wins):");
	}

	@Test
	void translationsUseTheSameArguments() {
		Pattern argument = Pattern.compile("\\{\\s*(\\w+)[^}]*}");
		List<String> mismatches = new ArrayList<>();
		english.messages.forEach((key, text) -> {
			String translation = spanish.messages.get(key);
			if (translation != null) {
				Set<String> expected = matches(argument, text);
				Set<String> actual = matches(argument, translation);
				if (!expected.equals(actual)) {
					mismatches.add(key + ": English uses " + expected + ", Spanish uses " + actual);
				}
			}
		});
		assertNone(mismatches, "These translations do not use the same {arguments} as the English message:");
	}

	/**
	 * A message with arguments goes through {@link java.text.MessageFormat}, where a single apostrophe starts a
	 * quoted section: "{0}'s" would show "{0}s". Such messages need "''" (or the typographic ’).
	 */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() {
		Pattern numberedArgument = Pattern.compile("\\{\\s*\\d");
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		List<String> broken = new ArrayList<>();
		for (Bundle bundle : List.of(english, spanish)) {
			bundle.messages.forEach((key, text) -> {
				if (numberedArgument.matcher(text).find() && loneApostrophe.matcher(text).find()) {
					broken.add(bundle.file + ": " + key + "=" + text);
				}
			});
		}
		assertNone(broken, "These messages have arguments and a single apostrophe, which MessageFormat swallows:");
	}

	// --- The templates -----------------------------------------------------------------------------------------

	@Test
	void templatesHaveNoHardCodedText() {
		List<String> hardCoded = new ArrayList<>();
		Map<Path, String> templates = templates();
		templates.forEach((file, source) -> HardCodedText.find(file, source, hardCoded));

		assertThat(templates).as("templates found under " + TEMPLATES).isNotEmpty();
		assertNone(hardCoded, "Visible text must come from the message bundles (th:text=\"#{key}\", "
				+ "th:title=\"#{key}\", th:attr=\"aria-label=#{key}\"...). Found hard-coded text:");
	}

	@Test
	void everyMessageKeyUsedInTemplatesExists() {
		// #{key} or #{key(args)}; dynamic keys such as #{${role.messageKey()}} start with $ and are skipped.
		Pattern messageExpression = Pattern.compile("#\\{\\s*([\\w.\\-]+)\\s*[(}]");
		List<Usage> usages = new ArrayList<>();
		templates().forEach((file, source) -> usages.addAll(Usage.find(file, source, messageExpression)));

		assertThat(usages).as("#{...} message expressions found in the templates").isNotEmpty();
		assertNone(missingKeys(usages), "Templates use message keys that do not exist:");
	}

	// --- The Java code -----------------------------------------------------------------------------------------

	@Test
	void everyMessageKeyUsedInJavaExists() {
		List<Pattern> keyUsages = List.of(
				// redirect.addFlashAttribute("flashSuccess", "members.invited")
				Pattern.compile("addFlashAttribute\\(\\s*\"flash\\w*\"\\s*,\\s*\"([^\"]*)\""),
				// throw new MembershipChangeRefused("members.error.lastOrganizer")
				Pattern.compile("new\\s+MembershipChangeRefused\\(\\s*\"([^\"]*)\""),
				// result.rejectValue("email", "members.error.alreadyMember") and result.reject("some.key")
				Pattern.compile("rejectValue\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]*)\""),
				Pattern.compile("\\breject\\(\\s*\"([^\"]*)\""),
				// messages.getMessage("mail.invitation.subject", ...)
				Pattern.compile("getMessage\\(\\s*\"([^\"]*)\""),
				// @Size(message = "{password.size}"); Bean Validation's own {jakarta.validation...} keys are skipped
				Pattern.compile("message\\s*=\\s*\"\\{(?!jakarta\\.|javax\\.|org\\.hibernate\\.)([^}\"]*)}\""));

		// Also any literal shaped like a key of an existing group, such as "members.rolesChanged" handed to a
		// helper method: "members" is a group of the bundle because "members.title" exists.
		Set<String> groups = english.keys().stream()
			.filter(key -> key.contains("."))
			.map(key -> key.substring(0, key.lastIndexOf('.')))
			.collect(Collectors.toSet());
		Pattern keyShapedLiteral = Pattern.compile("\"([a-z]\\w*(?:\\.\\w+)+)\"");

		List<Usage> usages = new ArrayList<>();
		javaSources().forEach((file, source) -> {
			keyUsages.forEach(pattern -> usages.addAll(Usage.find(file, source, pattern)));
			Usage.find(file, source, keyShapedLiteral)
				.stream()
				.filter(usage -> groups.contains(usage.key.substring(0, usage.key.lastIndexOf('.'))))
				.forEach(usages::add);
		});

		assertThat(usages).as("message keys found in " + JAVA_SOURCES).isNotEmpty();
		assertNone(missingKeys(usages), "Java code uses message keys that do not exist:");
	}

	@Test
	void everyOrganizationRoleHasANameInBothLanguages() {
		List<Usage> usages = Stream.of(OrganizationRole.values())
			.map(role -> new Usage("role." + role.name().toLowerCase(Locale.ROOT),
					OrganizationRole.class.getSimpleName() + "." + role.name()))
			.toList();
		assertNone(missingKeys(usages), "Organization roles without a name (role.<lowercase constant>):");
	}

	// --- Helpers -----------------------------------------------------------------------------------------------

	private List<String> missingKeys(List<Usage> usages) {
		Set<String> missing = new LinkedHashSet<>();
		for (Usage usage : usages) {
			for (Bundle bundle : List.of(english, spanish)) {
				if (!bundle.messages.containsKey(usage.key)) {
					missing.add(usage.key + " (" + usage.where + ") is missing in " + bundle.file);
				}
			}
		}
		return List.copyOf(missing);
	}

	private static Set<String> difference(Set<String> keys, Set<String> others) {
		Set<String> difference = new TreeSet<>(keys);
		difference.removeAll(others);
		return difference;
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static void assertNone(Iterable<String> problems, String heading) {
		List<String> list = new ArrayList<>();
		problems.forEach(list::add);
		String report = list.stream().map(problem -> "\n  - " + problem).collect(Collectors.joining());
		assertThat(list).withFailMessage(() -> heading + report).isEmpty();
	}

	private static Map<Path, String> templates() {
		return read(TEMPLATES, ".html", HardCodedText::withoutParserLevelComments);
	}

	private static Map<Path, String> javaSources() {
		return read(JAVA_SOURCES, ".java", Function.identity());
	}

	private static Map<Path, String> read(Path root, String extension, Function<String, String> preparation) {
		try (Stream<Path> files = Files.walk(root)) {
			Map<Path, String> sources = new TreeMap<>();
			for (Path file : files.filter(path -> path.toString().endsWith(extension)).toList()) {
				sources.put(file, preparation.apply(Files.readString(file, StandardCharsets.UTF_8)));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int lineOf(String source, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (source.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** A message key asked for somewhere. */
	private record Usage(String key, String where) {

		static List<Usage> find(Path file, String source, Pattern pattern) {
			List<Usage> usages = new ArrayList<>();
			Matcher matcher = pattern.matcher(source);
			while (matcher.find()) {
				usages.add(new Usage(matcher.group(1), file + ":" + lineOf(source, matcher.start())));
			}
			return usages;
		}

	}

	/** One message bundle, read as Spring Boot reads it (UTF-8). */
	private record Bundle(String file, Map<String, String> messages, Set<String> duplicates) {

		static Bundle load(String file) {
			Map<String, String> messages = new TreeMap<>();
			Set<String> duplicates = new TreeSet<>();
			Properties properties = new Properties() {
				@Override
				public synchronized Object put(Object key, Object value) {
					if (messages.put((String) key, (String) value) != null) {
						duplicates.add((String) key);
					}
					return super.put(key, value);
				}
			};
			try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Bundle(file, messages, duplicates);
		}

		Set<String> keys() {
			return messages.keySet();
		}

	}

	/**
	 * Finds text a template shows as written instead of taking it from the bundles: text with letters, and literal
	 * title, alt, placeholder, aria-label... attributes with letters.
	 * <p>
	 * Text in an element whose body Thymeleaf replaces (th:text, th:utext, th:replace, th:insert, th:errors,
	 * th:remove...), or in any of its descendants, is only a prototype placeholder and is allowed, except in
	 * th:fragment elements and in the parts of the template that it hands to its layout (see {@link #ownFragments}).
	 * So is a literal attribute that a th: attribute overrides. Script and style contents are code, not text, and are
	 * skipped.
	 * <p>
	 * Parsing events come from AttoParser, the parser Thymeleaf itself uses (its DOM builder records columns where
	 * lines belong, hence the events).
	 */
	private static final class HardCodedText extends AbstractMarkupHandler {

		/** Attributes people read or hear. */
		private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
				"aria-description", "aria-roledescription", "aria-placeholder", "aria-valuetext", "label");

		/** th: attributes that replace the body of their element with something computed. */
		private static final Set<String> BODY_REPLACING = Set.of("text", "utext", "replace", "substituteby",
				"insert", "include", "errors");

		private static final Set<String> CODE_ELEMENTS = Set.of("script", "style");

		/** [[...]] and [(...)] inlined expressions, and character references such as &amp;nbsp; */
		private static final Pattern NOT_WORDS = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&#?\\w+;", Pattern.DOTALL);

		private static final Pattern LETTER = Pattern.compile("\\p{L}");

		/** A fragment of the template itself, as in th:replace="~{layout :: layout(~{::title}, ~{::section})}". */
		private static final Pattern OWN_FRAGMENT = Pattern.compile("~\\{\\s*(?:this\\s*)?::\\s*([^}]*?)\\s*}");

		/** The selectors understood here: a fragment or element name, #id, .class, or a combination. */
		private static final Pattern SIMPLE_SELECTOR = Pattern.compile("([\\w-]*)(?:#([\\w-]+))?(?:\\.([\\w-]+))?");

		private final Path file;

		private final List<String> problems;

		/**
		 * The parts of this template that a th:replace or th:insert of the template reuses: pages replace their root
		 * with the layout, which shows their ~{::title} and ~{::section}, so the text in those is checked. Null when
		 * a selector is not understood: then such a th:replace or th:insert hides nothing.
		 */
		private final List<Selector> ownFragments;

		/** For each open element: whether what it contains is hidden at render time. */
		private final Deque<Boolean> hiddenContents = new ArrayDeque<>();

		private Tag tag;

		private HardCodedText(Path file, String source, List<String> problems) {
			this.file = file;
			this.problems = problems;
			List<Selector> selectors = new ArrayList<>();
			Matcher reference = OWN_FRAGMENT.matcher(source);
			while (reference.find()) {
				Matcher selector = SIMPLE_SELECTOR.matcher(reference.group(1));
				if (!selector.matches() || selector.group().isEmpty()) {
					selectors = null;
					break;
				}
				selectors.add(new Selector(selector.group(1), selector.group(2), selector.group(3)));
			}
			this.ownFragments = selectors;
		}

		static void find(Path file, String source, List<String> problems) {
			try {
				new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(source,
						new HardCodedText(file, source, problems));
			}
			catch (ParseException ex) {
				throw new IllegalStateException(file + " cannot be checked", ex);
			}
		}

		/**
		 * Thymeleaf drops parser-level comments {@code <!--/* ... *}{@code /-->} (also those wrapping markup) and
		 * unwraps prototype-only comments {@code <!--/*}{@code / ... /*}{@code /-->}, whose content is rendered.
		 * Removed comments keep their line breaks so that reported line numbers stay right.
		 */
		static String withoutParserLevelComments(String source) {
			String unwrapped = source.replaceAll("(?s)<!--/\\*/(.*?)/\\*/-->", "$1");
			Matcher comment = Pattern.compile("(?s)<!--/\\*.*?\\*/-->").matcher(unwrapped);
			return comment.replaceAll(match -> match.group().replaceAll("[^\\n]", ""));
		}

		// --- Parsing events (comments, the doctype and CDATA sections are not visible text) ----------------------

		@Override
		public void handleOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
			tag = new Tag(new String(buffer, offset, length).toLowerCase(Locale.ROOT), line, new TreeMap<>());
		}

		@Override
		public void handleStandaloneElementStart(char[] buffer, int offset, int length, boolean minimized, int line,
				int col) {
			handleOpenElementStart(buffer, offset, length, line, col);
		}

		@Override
		public void handleAttribute(char[] buffer, int nameOffset, int nameLength, int nameLine, int nameCol,
				int operatorOffset, int operatorLength, int operatorLine, int operatorCol, int valueContentOffset,
				int valueContentLength, int valueOuterOffset, int valueOuterLength, int valueLine, int valueCol) {
			tag.attributes.put(new String(buffer, nameOffset, nameLength).toLowerCase(Locale.ROOT),
					new String(buffer, valueContentOffset, valueContentLength));
		}

		@Override
		public void handleOpenElementEnd(char[] buffer, int offset, int length, int line, int col) {
			hiddenContents.push(element(tag));
		}

		@Override
		public void handleStandaloneElementEnd(char[] buffer, int offset, int length, boolean minimized, int line,
				int col) {
			element(tag);
		}

		@Override
		public void handleAutoOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
			hiddenContents.push(hidden());
		}

		@Override
		public void handleCloseElementEnd(char[] buffer, int offset, int length, int line, int col) {
			hiddenContents.poll();
		}

		@Override
		public void handleAutoCloseElementEnd(char[] buffer, int offset, int length, int line, int col) {
			hiddenContents.poll();
		}

		@Override
		public void handleText(char[] buffer, int offset, int length, int line, int col) {
			String text = new String(buffer, offset, length);
			if (!hidden() && hasWords(text)) {
				String leadingSpace = text.substring(0, text.length() - text.stripLeading().length());
				int wordsLine = line + (int) leadingSpace.chars().filter(c -> c == '\n').count();
				problems.add(file + ":" + wordsLine + " \"" + text.strip().replaceAll("\\s+", " ") + "\"");
			}
		}

		// --- The checks ----------------------------------------------------------------------------------------

		private boolean hidden() {
			return !hiddenContents.isEmpty() && hiddenContents.peek();
		}

		/** Checks the attributes of an element and tells whether what it contains is hidden. */
		private boolean element(Tag element) {
			// A th:fragment may be shown by any template, even when the rest of its own template is not.
			boolean hidden = hidden() && element.th("fragment") == null && !isOwnFragment(element);
			// th:remove="all" drops the element, "tag" only its tag, "body" its children, "all-but-first" all
			// children but the first (approximated here as all); an expression may well evaluate to "all".
			String remove = element.th("remove");
			boolean removeKnown = remove == null || oneOf(remove, "all", "tag", "body", "all-but-first", "none");
			boolean tagReplaced = replaces(element, "replace") || replaces(element, "substituteby")
					|| "all".equals(remove) || "tag".equals(remove) || !removeKnown;
			boolean bodyReplaced = BODY_REPLACING.stream().anyMatch(name -> replaces(element, name))
					|| element.attributes.containsKey("sec:authentication")
					|| element.name.equals("textarea") && element.th("field") != null
					|| oneOf(remove, "all", "body", "all-but-first") || !removeKnown;
			if (!hidden && !tagReplaced) {
				attributes(element);
			}
			return hidden || bodyReplaced || CODE_ELEMENTS.contains(element.name);
		}

		private void attributes(Tag element) {
			String overrides = String.valueOf(element.th("attr"));
			element.attributes.forEach((name, value) -> {
				boolean button = element.name.equals("input")
						&& oneOf(element.attributes.get("type"), "submit", "button", "reset");
				boolean visible = VISIBLE_ATTRIBUTES.contains(name) || button && name.equals("value");
				boolean overridden = element.th(name) != null
						|| overrides.matches("(?s)(.*[,\\s])?" + Pattern.quote(name) + "\\s*=.*")
						|| (name.equals("alt") || name.equals("title")) && element.th("alt-title") != null
						|| name.equals("value") && element.th("field") != null;
				if (visible && !overridden && hasWords(value)) {
					problems.add(file + ":" + element.line + " <" + element.name + " " + name + "=\"" + value
							+ "\">");
				}
			});
		}

		/** Whether th:name replaces what it stands on; see {@link #ownFragments}. */
		private boolean replaces(Tag element, String name) {
			String value = element.th(name);
			return value != null && (ownFragments != null || !OWN_FRAGMENT.matcher(value).find());
		}

		private boolean isOwnFragment(Tag element) {
			return ownFragments != null && ownFragments.stream().anyMatch(selector -> selector.matches(element));
		}

		private static boolean oneOf(String value, String... candidates) {
			return value != null && Set.of(candidates).contains(value);
		}

		private static boolean hasWords(String text) {
			return LETTER.matcher(NOT_WORDS.matcher(text).replaceAll("")).find();
		}

		/** An element's start: its lowercase name, line and attributes. */
		private record Tag(String name, int line, Map<String, String> attributes) {

			/** The value of th:name or data-th-name, or null when neither is there. */
			String th(String name) {
				String value = attributes.getOrDefault("th:" + name, attributes.get("data-th-" + name));
				return value == null ? null : value.strip();
			}

		}

		/**
		 * Element name, #id and .class, each optional; see {@link #SIMPLE_SELECTOR}. (A selector may also name a
		 * th:fragment, and those are always checked.)
		 */
		private record Selector(String name, String id, String cssClass) {

			boolean matches(Tag element) {
				String classes = " " + element.attributes.get("class") + " ";
				return (name.isEmpty() || element.name.equals(name.toLowerCase(Locale.ROOT)))
						&& (id == null || id.equals(element.attributes.get("id")))
						&& (cssClass == null || classes.matches("(?s).*\\s" + Pattern.quote(cssClass) + "\\s.*"));
			}

		}

	}

}
