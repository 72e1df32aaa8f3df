package nl.dialoog.outcome.analysis;

import java.util.List;
import java.util.Map;

/**
 * Participation by one dimension ("country", "region", "subRegion", "south", "organisationType"): its rows, most
 * registrants first and "unknown" last, and the column totals, which are always shown.
 */
public record ParticipationTable(String dimension, List<ParticipationRow> rows, int registered, int attended,
                                 Map<String, Integer> contributions, int contributionsTotal) {
}
