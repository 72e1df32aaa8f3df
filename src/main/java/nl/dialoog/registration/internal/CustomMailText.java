package nl.dialoog.registration.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.shared.Markdown;
import org.unbescape.html.HtmlEscape;

/**
 * An organiser's own text for one of an event's mails: a subject and a Markdown body with a few placeholders. The
 * mail's template still greets the reader by name and still shows the times and personal links; the text replaces
 * the paragraph the template would write. A greeting on the body's first line is left out ({@link Greetings}).
 *
 * <p>Placeholders are filled after the Markdown is rendered and sanitised, with the values escaped for HTML, so a
 * name can never add markup: {@code {name}} the reader's name, {@code {event}} the event's title, {@code {start}} the
 * time in the reader's zone with the zone's name, {@code {link}} the personal join link (the event page when the
 * mail carries none; the results page in the follow-up).
 */
public record CustomMailText(String subject, String body) {

    public static final List<String> PLACEHOLDERS = List.of("name", "event", "start", "link");
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 5_000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{0,40})}");
    private static final Pattern TOKEN = Pattern.compile("\u27E6([^\u27E6\u27E7\\s]{0,40})\u27E7");

    /** The placeholders a text uses that do not exist, in order of appearance. */
    public static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add(matcher.group(0));
            }
        }
        return unknown;
    }

    /**
     * The template's model entries for this text: {@code customSubject}, {@code customText} (the body as written, the
     * placeholders filled in) and {@code customHtml} (the body as sanitised HTML, placeholders filled in escaped, the
     * link as a link). {@code values} holds the placeholders' values, a missing one (no link) as the empty string.
     */
    Map<String, Object> model(Map<String, String> values) {
        String text = Greetings.withoutGreeting(body).strip();
        // the placeholders pass the Markdown renderer and the sanitiser as plain letters between brackets
        String html = Markdown.toSafeHtml(PLACEHOLDER.matcher(text).replaceAll("\u27E6$1\u27E7"))
                .replace("<p>", "<p style=\"margin:0 0 16px;\">");
        Map<String, Object> model = new HashMap<>();
        model.put("customSubject", fill(PLACEHOLDER.matcher(subject), values, false));
        model.put("customText", fill(PLACEHOLDER.matcher(text), values, false));
        model.put("customHtml", fill(TOKEN.matcher(html), values, true));
        return model;
    }

    private static String fill(Matcher matcher, Map<String, String> values, boolean html) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.getOrDefault(name, matcher.group(0));
            if (html) {
                String escaped = HtmlEscape.escapeHtml4Xml(value);
                value = "link".equals(name) && !value.isEmpty()
                        ? "<a href=\"" + escaped + "\">" + escaped + "</a>" : escaped;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
