package nl.dialoog.outcome.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pol.is's "repness": which statements set a group apart from everyone else in the conversation. Every share is
 * smoothed with one pseudo-vote each way, (k + 1) / (n + 2), the mean of a Beta(1, 1) prior after the votes, so that
 * 2 agrees out of 2 is not taken for certainty. A statement represents a group when two one-sided tests pass at
 * 90 %: the group's share differs from one half ({@link #proportionZ}) and from the rest's share
 * ({@link #twoProportionZ}).
 */
final class Repness {

    private Repness() {
    }

    /** The smoothed share (k + 1) / (n + 2). */
    static double share(int k, int n) {
        return (k + 1.0) / (n + 2.0);
    }

    /**
     * z of k successes in n against a fair coin, with one pseudo-count added to k and to n as Pol.is does: under
     * p = ½ the share has standard deviation ½ / √n, so z = (p̂ − ½) / (½ / √n) = 2·√n·(p̂ − ½).
     */
    static double proportionZ(int k, int n) {
        double trials = n + 1.0;
        return 2 * Math.sqrt(trials) * ((k + 1.0) / trials - 0.5);
    }

    /**
     * z of the pooled two-proportion test "group share > rest share", one pseudo-count added to each count: z =
     * (p₁ − p₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)), p̂ the pooled share.
     */
    static double twoProportionZ(int k1, int n1, int k2, int n2) {
        double s1 = k1 + 1.0;
        double t1 = n1 + 1.0;
        double s2 = k2 + 1.0;
        double t2 = n2 + 1.0;
        double pooled = (s1 + s2) / (t1 + t2);
        double spread = Math.sqrt(pooled * (1 - pooled) * (1 / t1 + 1 / t2));
        return spread == 0 ? 0 : (s1 / t1 - s2 / t2) / spread;
    }

    private record Candidate(Representative representative, double metric) {
    }

    /**
     * The statements that represent a group, most telling first: those whose agree (or disagree) share passes both
     * tests, ranked by Pol.is's metric ratio × z(ratio) × share × z(share), which rewards being both distinctive and
     * widely held within the group. When both directions pass (rare with few votes) the stronger one counts.
     */
    static List<Representative> of(List<StatementTally> group, List<StatementTally> rest, int count, double z) {
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < group.size(); s++) {
            StatementTally in = group.get(s);
            StatementTally out = rest.get(s);
            Candidate agree = candidate(in.statement(), true, in.agree(), in.seen(), out.agree(), out.seen(), z);
            Candidate disagree =
                    candidate(in.statement(), false, in.disagree(), in.seen(), out.disagree(), out.seen(), z);
            Candidate best = agree == null ? disagree
                    : disagree == null || agree.metric() >= disagree.metric() ? agree : disagree;
            if (best != null) {
                candidates.add(best);
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::metric).reversed()
                        .thenComparingLong(c -> c.representative().statement()))
                .limit(count).map(Candidate::representative).toList();
    }

    private static Candidate candidate(long statement, boolean agree, int k, int n, int kRest, int nRest, double z) {
        if (n == 0) {
            return null;
        }
        double share = share(k, n);
        double shareZ = proportionZ(k, n);
        double ratio = share / share(kRest, nRest);
        double ratioZ = twoProportionZ(k, n, kRest, nRest);
        if (shareZ <= z || ratioZ <= z) {
            return null;
        }
        return new Candidate(new Representative(statement, agree, ratio, share), ratio * ratioZ * share * shareZ);
    }
}
