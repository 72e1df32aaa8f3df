package nl.dialoog.outcome.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The statement lists across the whole conversation: consensus, group-aware consensus, divisive, uncertain. */
final class StatementRanking {

    private StatementRanking() {
    }

    /**
     * Majority consensus: statements that significantly more than half of all voters agree with (or, for
     * {@code agree == false}, disagree with) — the one-sided 90 % test of {@link Repness#proportionZ} — ranked by the
     * smoothed share, so that a near-unanimous statement seen by many beats a unanimous one seen by three.
     */
    static List<StatementScore> consensus(List<StatementTally> tallies, boolean agree, int size, double z) {
        List<StatementScore> scores = new ArrayList<>();
        for (StatementTally t : tallies) {
            int k = agree ? t.agree() : t.disagree();
            if (t.seen() > 0 && Repness.proportionZ(k, t.seen()) > z) {
                scores.add(new StatementScore(t.statement(), Repness.share(k, t.seen())));
            }
        }
        return top(scores, size);
    }

    /**
     * Group-aware consensus (Pol.is): the product over groups of each group's smoothed agree share (agree + 1) /
     * (seen + 2). A product is high only when every group agrees, so a large group cannot carry a statement the
     * smaller groups reject — the point of asking for consensus across groups rather than a plain majority.
     */
    static List<StatementScore> groupAware(List<Long> statements, List<Map<Long, StatementTally>> groups, int size) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return top(score(statements, s -> {
            double product = 1;
            for (Map<Long, StatementTally> group : groups) {
                StatementTally t = group.get(s);
                product *= Repness.share(t.agree(), t.seen());
            }
            return product;
        }), size);
    }

    /**
     * Divisive: half the spread, between the most and the least approving group, of the smoothed mean vote
     * (agree − disagree) / (seen + 2). It is 0 when all groups vote alike and approaches 1 when one group agrees
     * unanimously and another disagrees unanimously; the smoothing keeps a group that barely saw the statement from
     * making it look divisive.
     */
    static List<StatementScore> divisive(List<Long> statements, List<Map<Long, StatementTally>> groups, int size) {
        if (groups.size() < 2) {
            return List.of();
        }
        return top(score(statements, s -> {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (Map<Long, StatementTally> group : groups) {
                StatementTally t = group.get(s);
                double mean = (t.agree() - t.disagree()) / (t.seen() + 2.0);
                low = Math.min(low, mean);
                high = Math.max(high, mean);
            }
            return (high - low) / 2;
        }).stream().filter(score -> score.score() > 0).toList(), size);
    }

    /**
     * Uncertain: statements whose smoothed pass share (pass + 1) / (seen + 2) reaches {@code threshold}; many passes
     * usually mean the statement is unclear or outside what people know, which a moderator wants to see.
     */
    static List<StatementScore> uncertain(List<StatementTally> tallies, double threshold, int size) {
        List<StatementScore> scores = new ArrayList<>();
        for (StatementTally t : tallies) {
            double share = Repness.share(t.pass(), t.seen());
            if (t.seen() > 0 && share >= threshold) {
                scores.add(new StatementScore(t.statement(), share));
            }
        }
        return top(scores, size);
    }

    private static List<StatementScore> score(List<Long> statements, ToDoubleFunction<Long> score) {
        return statements.stream().map(s -> new StatementScore(s, score.applyAsDouble(s))).toList();
    }

    /** Highest score first; equal scores by ascending statement id, so the order is deterministic. */
    private static List<StatementScore> top(List<StatementScore> scores, int size) {
        return scores.stream()
                .sorted(Comparator.comparingDouble(StatementScore::score).reversed()
                        .thenComparingLong(StatementScore::statement))
                .limit(size).toList();
    }
}
