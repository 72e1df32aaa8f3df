package nl.dialoog.outcome.analysis;

import java.util.List;
import java.util.Map;

/**
 * The themes found, largest first; the ids of the messages in no theme (ascending); and the language each message
 * was taken to be in (given or guessed), so that a report can label every quote with it.
 */
public record ThemeResult(List<Theme> themes, List<Long> unthemed, Map<Long, String> languages) {

    public static ThemeResult empty() {
        return new ThemeResult(List.of(), List.of(), Map.of());
    }
}
