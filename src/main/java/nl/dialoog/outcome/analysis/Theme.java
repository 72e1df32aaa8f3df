package nl.dialoog.outcome.analysis;

import java.util.List;
import java.util.Map;

/**
 * One theme: its number (1 = largest), a label of up to five key terms as people wrote them, its size, the ids of
 * every message in it (ascending), the ids of up to three messages to quote verbatim (rule in {@link Themes}) and
 * the number of its messages per language.
 */
public record Theme(int index, List<String> label, int size, List<Long> ids, List<Long> quotes,
                    Map<String, Integer> languages) {
}
