package nl.dialoog.shared;

/**
 * What text may be stored, one rule for every place text enters (forms, query parameters, room commands):
 * PostgreSQL refuses U+0000 in a text column while H2 keeps it, so both refuse control characters up front, the
 * same way. Tabs and line breaks stay allowed in multi-line text.
 */
public final class TextRules {

    /** The message key of the refusal, for a form error, a room refusal or the error page. */
    public static final String INVALID = "shared.error.invalidText";

    private TextRules() {
    }

    /** False when the text holds a control character other than tab, line feed or carriage return. */
    public static boolean storable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** False when the text holds any control character, line breaks included: for names and other one-line text. */
    public static boolean oneLine(CharSequence text) {
        return text.chars().noneMatch(Character::isISOControl);
    }
}
