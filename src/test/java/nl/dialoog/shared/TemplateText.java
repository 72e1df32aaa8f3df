package nl.dialoog.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Finds text a person would read in the Thymeleaf templates as written (not rendered), so that a test can insist
 * it comes from the message bundles. Templates are parsed as HTML with source positions, so each finding names a
 * file, line and element.
 */
final class TemplateText {

    static final Path DEFAULT_ROOT = Path.of("src/main/resources/templates");

    /** Attributes whose value the browser shows or reads aloud. */
    static final Set<String> READ_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label",
            "aria-description", "aria-roledescription", "aria-valuetext");

    /** Attributes that replace the element's own body, so whatever was written there is never shown. */
    private static final List<String> BODY_ATTRIBUTES = List.of("text", "utext", "replace", "insert");

    /** Thymeleaf's inlined expressions in text: [[...]] and [(...)] */
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    /** A static message key: #{shared.nav.main} or #{event.page.fallback(${a}, ${b})}, not #{${dynamic}}. */
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[}(]");

    /** One thing found: where, and what. */
    record Finding(String where, String what) {

        @Override
        public String toString() {
            return where + " " + what;
        }
    }

    private TemplateText() {
    }

    static List<Path> templates(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each static #{key} in the template, with its line. */
    static List<Finding> messageKeys(Path root, Path template) {
        List<Finding> keys = new ArrayList<>();
        List<String> lines = read(template).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = MESSAGE_KEY.matcher(lines.get(i));
            while (matcher.find()) {
                keys.add(new Finding(root.relativize(template) + ":" + (i + 1), matcher.group(1)));
            }
        }
        return keys;
    }

    /** Text written straight into an element, or as a literal inside a th:text expression. */
    static List<Finding> hardCodedText(Path root, Path template) {
        List<Finding> found = new ArrayList<>();
        for (Element element : parse(template).getAllElements()) {
            if (insideReplacedBody(element)) {
                continue;
            }
            if (!hasThymeleaf(element, BODY_ATTRIBUTES) && !"body".equals(thymeleaf(element, "remove"))) {
                for (TextNode text : element.textNodes()) {
                    String visible = INLINED.matcher(text.getWholeText()).replaceAll("").strip();
                    if (hasLetter(visible)) {
                        found.add(new Finding(where(root, template, element), "has hard-coded text \""
                                + abbreviated(visible) + "\": use th:text=\"#{...}\""));
                    }
                }
            }
            for (String attribute : List.of("text", "utext")) {
                literalIn(thymeleaf(element, attribute)).ifPresent(literal -> found.add(new Finding(
                        where(root, template, element), "th:" + attribute + " holds the literal \"" + literal
                                + "\": put it in a message bundle")));
            }
        }
        return found;
    }

    /** Plain placeholder, title, alt, aria-* and button values that a person reads. */
    static List<Finding> untranslatedAttributes(Path root, Path template) {
        List<Finding> found = new ArrayList<>();
        for (Element element : parse(template).getAllElements()) {
            if (insideReplacedBody(element) || hasThymeleaf(element, List.of("replace"))) {
                continue;
            }
            List<String> names = new ArrayList<>(READ_ATTRIBUTES);
            if (element.nameIs("input") && element.attr("type").matches("(?i)submit|button|reset")) {
                names.add("value");
            }
            for (String name : names) {
                String plain = element.attr(name);
                // A prototype value is harmless when th:<name> (or th:attr) overrides it at render time.
                boolean overridden = thymeleaf(element, name) != null || thymeleaf(element, "attr") != null
                        && thymeleaf(element, "attr").contains(name + "=")
                        || name.matches("alt|title") && thymeleaf(element, "alt-title") != null;
                if (hasLetter(plain) && !overridden) {
                    found.add(new Finding(where(root, template, element), name + "=\"" + abbreviated(plain)
                            + "\" is hard-coded: use th:" + name + "=\"#{...}\""));
                }
                literalIn(thymeleaf(element, name)).ifPresent(literal -> found.add(new Finding(
                        where(root, template, element), "th:" + name + " holds the literal \"" + literal
                                + "\": put it in a message bundle")));
            }
        }
        return found;
    }

    private static boolean insideReplacedBody(Element element) {
        // th:replace/th:insert on an ancestor may pull this very element in as a fragment (~{::main}), so only
        // th:text, th:utext and th:remove="all|body" mean a descendant is never shown.
        for (Element parent : element.parents()) {
            String remove = thymeleaf(parent, "remove");
            if (thymeleaf(parent, "text") != null || thymeleaf(parent, "utext") != null
                    || remove != null && remove.matches("all|body")) {
                return true;
            }
        }
        String remove = thymeleaf(element, "remove");
        return remove != null && remove.equals("all");
    }

    private static boolean hasThymeleaf(Element element, List<String> attributes) {
        return attributes.stream().anyMatch(a -> thymeleaf(element, a) != null);
    }

    /** The value of th:name or its HTML5-valid spelling data-th-name, or null. */
    private static String thymeleaf(Element element, String name) {
        if (element.hasAttr("th:" + name)) {
            return element.attr("th:" + name);
        }
        return element.hasAttr("data-th-" + name) ? element.attr("data-th-" + name) : null;
    }

    /** A literal with letters at the top level of an expression: 'yes' in ${a} ? 'yes' : 'no', or |Hi ${name}|. */
    static Optional<String> literalIn(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        StringBuilder literal = new StringBuilder();
        int braces = 0;
        int parens = 0;
        boolean quoted = false;
        boolean piped = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (braces > 0) {
                braces += c == '{' ? 1 : c == '}' ? -1 : 0;
            } else if (quoted) {
                if (c == '\'' && expression.charAt(i - 1) != '\\') {
                    quoted = false;
                    if (parens == 0 && hasLetter(literal.toString())) {
                        return Optional.of(literal.toString());
                    }
                    literal.setLength(0);
                } else {
                    literal.append(c);
                }
            } else if (c == '{' && i > 0 && "$*#@~".indexOf(expression.charAt(i - 1)) >= 0) {
                braces = 1;
                if (piped) {
                    literal.setLength(literal.length() - 1);
                }
            } else if (c == '|') {
                if (piped && hasLetter(literal.toString())) {
                    return Optional.of(literal.toString().strip());
                }
                piped = !piped;
                literal.setLength(0);
            } else if (piped) {
                literal.append(c);
            } else if (c == '\'') {
                quoted = true;
                literal.setLength(0);
            } else {
                parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
        }
        return Optional.empty();
    }

    private static Document parse(Path template) {
        return Jsoup.parse(read(template), "", Parser.htmlParser().setTrackPosition(true));
    }

    private static String read(Path template) {
        try {
            return Files.readString(template, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String where(Path root, Path template, Element element) {
        int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
        StringBuilder tag = new StringBuilder("<").append(element.tagName());
        if (!element.id().isEmpty()) {
            tag.append(" id=\"").append(element.id()).append('"');
        } else if (!element.className().isEmpty()) {
            tag.append(" class=\"").append(element.className()).append('"');
        }
        return root.relativize(template) + ":" + line + " " + tag.append('>');
    }

    static boolean hasLetter(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetter);
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
