package nl.dialoog.outcome.analysis;

import java.util.List;
import java.util.Map;

/**
 * Participation in one event: registered and attended people, minutes present over the attendees (total and
 * median), contributions per kind, and the tables per dimension with small cells suppressed.
 */
public record ParticipationReport(int registered, int attended, long minutesTotal, double minutesMedian,
                                  Map<String, Integer> contributions, List<ParticipationTable> tables) {

    public ParticipationTable table(String dimension) {
        return tables.stream().filter(table -> table.dimension().equals(dimension)).findFirst().orElseThrow();
    }
}
