package nl.dialoog.outcome.analysis;

import java.util.List;
import java.util.Map;

/**
 * What {@link Polis#analyse} found.
 *
 * @param groupOf participant → index into {@code groups}, only for participants in the conversation (empty when no
 *         groups were found)
 * @param participants every voter, ascending
 * @param groups the opinion groups, largest first; empty when the votes show no structure
 * @param consensusAgree statements a clear majority of all voters agrees with, strongest first
 * @param consensusDisagree statements a clear majority of all voters disagrees with, strongest first
 * @param groupAwareConsensus statements every group tends to agree with, strongest first
 * @param divisive statements the groups disagree about most, most divisive first
 * @param uncertain statements many voters passed on, highest pass share first
 * @param projection participant → {x, y} on the opinion map, for every voter
 * @param tallies per statement (ascending id), the votes of all voters
 * @param millis time the analysis took
 * @param statements every statement voted on, ascending
 * @param inConversation participants who voted enough to be placed in a group, ascending
 */
public record PolisResult(Map<Long, Integer> groupOf, List<Long> participants, List<PolisGroup> groups,
        List<StatementScore> consensusAgree, List<StatementScore> consensusDisagree,
        List<StatementScore> groupAwareConsensus, List<StatementScore> divisive, List<StatementScore> uncertain,
        Map<Long, double[]> projection, List<StatementTally> tallies, long millis, List<Long> statements,
        List<Long> inConversation) {
}
