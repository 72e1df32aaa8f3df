package nl.dialoog.outcome.analysis;

import java.util.List;
import java.util.Map;

/**
 * One opinion group: its members (participant ids, ascending), its representative statements (most telling first)
 * and how its members voted on every statement.
 */
public record PolisGroup(int index, List<Long> members, List<Representative> representative,
        Map<Long, StatementTally> tallies) {
}
