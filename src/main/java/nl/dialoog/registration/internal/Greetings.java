package nl.dialoog.registration.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every registration mail opens with its own greeting by name ("Dear Kofi,"). An organiser's text that opens with a
 * greeting too ("Dear participant,") would make the mail greet twice, so that first line is left out: the reader is
 * greeted once, by name. Recognised: a short first line that starts with a greeting word of one of the site's
 * languages and ends with a comma, colon or exclamation mark (or is only a few words).
 */
public final class Greetings {

    private static final Pattern OPENING = Pattern.compile("^(dear|hello|hi|hey|greetings|good (morning|afternoon|"
            + "evening|day)|to all|beste|geachte|hallo|hoi|goedemorgen|goedemiddag|goedenavond|lieve|cher|chère|chers|"
            + "chères|bonjour|bonsoir|salut|madame|monsieur|mesdames|messieurs|estimado|estimada|estimados|estimadas|"
            + "hola|querido|querida|queridos|queridas|buenos días|buenas tardes|apreciado|apreciada|apreciados)"
            + "(\\b|$).*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_LINE = 80;

    private Greetings() {
    }

    /** The text without a greeting line at its start; the text as it is when it has none or is only a greeting. */
    public static String withoutGreeting(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        String first = (end < 0 ? stripped : stripped.substring(0, end)).strip();
        String rest = end < 0 ? "" : stripped.substring(end + 1).strip();
        if (rest.isEmpty() || !isGreeting(first)) {
            return text;
        }
        return rest;
    }

    /** Whether one line reads as a greeting ("Dear participant,", "Bonjour à tous !", "Hello {name}"). */
    public static boolean isGreeting(String line) {
        String clean = line.strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty() || clean.length() > MAX_LINE || !OPENING.matcher(clean).matches()) {
            return false;
        }
        char last = clean.charAt(clean.length() - 1);
        return last == ',' || last == ':' || last == '!' || clean.split("\\s+").length <= 4;
    }
}
