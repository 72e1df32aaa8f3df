package nl.dialoog.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages Dialoog's own screens speak, and the scripts that read right to left. */
public final class Languages {

    /** User-interface languages, the first being the fallback. */
    public static final List<String> UI = List.of("en", "nl", "fr", "es");

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "dv", "yi");

    private Languages() {
    }

    public static boolean isUiLanguage(String language) {
        return language != null && UI.contains(language);
    }

    public static String fallback() {
        return UI.getFirst();
    }

    public static String direction(String language) {
        return language != null && RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
    }

    /** The language's own name for itself, e.g. "Nederlands" for nl. */
    public static String endonym(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The language's name in the reader's language, e.g. "Dutch" for nl to an English reader; the code if unknown. */
    public static String name(String language, Locale reader) {
        if (language == null || language.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(language).getDisplayLanguage(reader);
        return name.isEmpty() || name.equals(language) ? language
                : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    /** Picks the best UI language for an Accept-Language header, or the fallback for a missing or broken one. */
    public static String bestMatch(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback();
        }
        try {
            String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), UI);
            return match != null ? match : fallback();
        } catch (IllegalArgumentException malformed) {
            return fallback();
        }
    }
}
