package nl.dialoog.event;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One text in several languages: language tag → text. Blank values are dropped, so "has a value" always means a
 * non-blank text.
 */
public record LocalizedText(Map<String, String> values) {

    /** A text resolved for a reader: which language it is in, and whether that is a fallback. */
    public record Resolved(String text, String language, boolean fallback) {
    }

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        Map<String, String> kept = new TreeMap<>();
        if (values != null) {
            values.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    kept.put(language, text.strip());
                }
            });
        }
        values = Collections.unmodifiableMap(kept);
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    public String in(String language) {
        return values.getOrDefault(language, "");
    }

    public boolean has(String language) {
        return values.containsKey(language);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text in the wanted language, else in the fallback language, else in any language it has. */
    public Resolved resolve(String wanted, String fallback) {
        if (values.containsKey(wanted)) {
            return new Resolved(values.get(wanted), wanted, false);
        }
        if (values.containsKey(fallback)) {
            return new Resolved(values.get(fallback), fallback, true);
        }
        return values.entrySet().stream().findFirst()
                .map(e -> new Resolved(e.getValue(), e.getKey(), true))
                .orElse(new Resolved("", wanted, false));
    }

    /** This text with one language's value replaced (or removed when blank). */
    public LocalizedText with(String language, String text) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(language, text);
        return new LocalizedText(copy);
    }

    /** Only the given languages' values. */
    public LocalizedText restrictedTo(java.util.Collection<String> languages) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.keySet().retainAll(languages);
        return new LocalizedText(copy);
    }
}
