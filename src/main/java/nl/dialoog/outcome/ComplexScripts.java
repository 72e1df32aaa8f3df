package nl.dialoog.outcome;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a report holds text in a script whose letters change shape with their neighbours (Arabic joining,
 * Indic conjuncts, …), so that the PDF must draw it through the font's glyph substitutions. Everything a report
 * prints that people typed counts: the event's title, the organisers' words, poll questions and options, authors'
 * names and every contribution.
 */
final class ComplexScripts {

    private static final Set<UnicodeScript> SHAPED = EnumSet.of(UnicodeScript.ARABIC, UnicodeScript.SYRIAC,
            UnicodeScript.THAANA, UnicodeScript.NKO, UnicodeScript.MANDAIC, UnicodeScript.HEBREW,
            UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
            UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA,
            UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.THAI, UnicodeScript.LAO,
            UnicodeScript.TIBETAN, UnicodeScript.MYANMAR, UnicodeScript.KHMER, UnicodeScript.MONGOLIAN,
            UnicodeScript.JAVANESE, UnicodeScript.BALINESE, UnicodeScript.TAI_THAM);

    /** Below Hebrew (U+0590) are Latin, Greek, Cyrillic and Armenian, which need no shaping. */
    private static final int FIRST_SHAPED = 0x0590;

    private ComplexScripts() {
    }

    static boolean inReport(ReportView view) {
        Report report = view.report();
        if (in(view.title()) || in(view.summaryText()) || in(view.notesText())) {
            return true;
        }
        for (Report.PollResult poll : report.polls()) {
            if (in(poll.question()) || poll.options().stream().anyMatch(o -> in(o.label()))) {
                return true;
            }
        }
        return report.transcript().stream().anyMatch(c -> in(c.text()) || in(c.author()));
    }

    static boolean in(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_SHAPED) {
                int codePoint = text.codePointAt(i);
                if (SHAPED.contains(UnicodeScript.of(codePoint))) {
                    return true;
                }
            }
        }
        return false;
    }
}
