package nl.dialoog.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rendered mail: subject, plain text and HTML, all in the recipient's language. */
public record MailContent(String subject, String text, String html) {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    /** The subject of a rendered HTML mail: the text of its {@code <title>}, unescaped; empty without one. */
    public static String subjectOf(String html) {
        Matcher title = TITLE.matcher(html);
        return title.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(title.group(1).strip()) : "";
    }
}
