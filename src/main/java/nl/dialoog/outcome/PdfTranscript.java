package nl.dialoog.outcome;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The PDF's transcript appendix as XHTML: one paragraph per contribution, anchored by its id (m12, q3, s5) so the
 * findings' links land on it, with the same words as the page's transcript (id, time, kind, author and role,
 * language, text). Written here rather than in the template because a large session has ten thousand lines or
 * more: the page's nine elements per line cost the PDF's layout several times what two do, and the template
 * engine's expressions cost more than the appending below.
 */
final class PdfTranscript {

    private PdfTranscript() {
    }

    static String html(ReportView view, Locale locale) {
        if (!view.shows(ReportPart.TRANSCRIPT.name())) {
            return "";
        }
        Map<String, String> labels = new HashMap<>();
        String anonymous = view.text("outcome.transcript.anonymous");
        String reader = escape(locale.getLanguage());
        StringBuilder html = new StringBuilder(view.report().transcript().size() * 200);
        for (Report.Contribution c : view.report().transcript()) {
            html.append("<p id=\"").append(escape(c.id())).append("\" lang=\"").append(escape(c.language()))
                    .append("\"><span class=\"meta\" lang=\"").append(reader).append("\">")
                    .append(escape(c.id())).append(" · ").append(escape(view.time(c.at()))).append(" · ")
                    .append(labels.computeIfAbsent("outcome.kind." + c.kind(), key -> escape(view.text(key))))
                    .append(" · ").append(escape(c.author().isEmpty() ? anonymous : c.author()));
            if (!c.role().isEmpty() && !"ATTENDEE".equals(c.role())) {
                html.append(" (").append(labels.computeIfAbsent("outcome.role." + c.role(),
                        key -> escape(view.text(key)))).append(')');
            }
            html.append(" · ").append(escape(c.language())).append("</span> ").append(escape(c.text()))
                    .append("</p>\n");
        }
        return html.toString();
    }

    /** The XML special characters escaped, and control characters XML cannot hold left out. */
    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                if (kept == null) {
                    kept = new StringBuilder(text.substring(0, i));
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return HtmlUtils.htmlEscape(kept == null ? text : kept.toString(), "UTF-8");
    }
}
