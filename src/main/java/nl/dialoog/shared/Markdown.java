package nl.dialoog.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Organisers' Markdown turned into HTML that is safe to show: raw HTML is escaped by the renderer and the result
 * passes an allow-list sanitiser, so neither a script nor a javascript: link survives.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** Headings start at h3: the page around the text already has its h1 and h2. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowElements((name, attributes) -> "h3", "h1", "h2", "h3")
            .allowElements((name, attributes) -> "h4", "h4", "h5", "h6")
            .allowElements("a").allowAttributes("href").onElements("a").allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
