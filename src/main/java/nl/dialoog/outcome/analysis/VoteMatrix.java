package nl.dialoog.outcome.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Participants (rows) by statements (columns), both in ascending id order: 1 agree, -1 disagree, 0 pass and
 * {@link Double#NaN} for a statement the participant never saw. Keeping "unseen" apart from "pass" matters: a pass is
 * a vote (it counts as seen in every tally), an unseen statement is no information at all.
 */
final class VoteMatrix {

    final long[] participants;
    final long[] statements;
    final double[][] votes;
    /** Per participant: how many statements they voted on (passes included). */
    final int[] voteCount;

    private VoteMatrix(long[] participants, long[] statements, double[][] votes, int[] voteCount) {
        this.participants = participants;
        this.statements = statements;
        this.votes = votes;
        this.voteCount = voteCount;
    }

    /**
     * When one participant appears twice for one statement, the later vote in the list wins. Ids are found by binary
     * search in sorted arrays rather than in hash maps: no boxed Long per vote, which for the live map of thousands
     * of participants re-analysed every few seconds is most of the garbage.
     */
    static VoteMatrix of(List<PolisVote> list) {
        long[] participants = distinctSorted(list.stream().mapToLong(PolisVote::participant).toArray());
        long[] statements = distinctSorted(list.stream().mapToLong(PolisVote::statement).toArray());
        double[][] votes = new double[participants.length][statements.length];
        for (double[] r : votes) {
            Arrays.fill(r, Double.NaN);
        }
        for (PolisVote vote : list) {
            int row = Arrays.binarySearch(participants, vote.participant());
            votes[row][Arrays.binarySearch(statements, vote.statement())] = vote.vote();
        }
        int[] voteCount = new int[participants.length];
        for (int i = 0; i < votes.length; i++) {
            for (double v : votes[i]) {
                if (!Double.isNaN(v)) {
                    voteCount[i]++;
                }
            }
        }
        return new VoteMatrix(participants, statements, votes, voteCount);
    }

    private static long[] distinctSorted(long[] ids) {
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    int rows() {
        return participants.length;
    }

    int columns() {
        return statements.length;
    }

    /**
     * Pol.is's rule for who is "in the conversation": at least min(minVotes, #statements) votes. Fewer votes place a
     * person almost anywhere on the map, so they would blur the groups; the min() lets a conversation with only a
     * few statements still have groups.
     */
    int[] inConversation(int minVotes) {
        int threshold = Math.min(minVotes, columns());
        return java.util.stream.IntStream.range(0, rows()).filter(i -> voteCount[i] >= threshold && voteCount[i] > 0)
                .toArray();
    }

    /**
     * The mean vote per statement over the given rows, passes counted as 0 and unseen statements left out: the value
     * PCA imputes for a missing vote, so that a missing vote pulls a participant neither way. A statement no one of
     * those rows saw gets 0.
     */
    double[] columnMeans(int[] rows) {
        double[] sum = new double[columns()];
        int[] count = new int[columns()];
        for (int i : rows) {
            double[] r = votes[i];
            for (int j = 0; j < r.length; j++) {
                if (!Double.isNaN(r[j])) {
                    sum[j] += r[j];
                    count[j]++;
                }
            }
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] = count[j] == 0 ? 0 : sum[j] / count[j];
        }
        return sum;
    }

    /** Agree, disagree and pass counts of one statement over the given rows. */
    StatementTally tally(int column, int[] rows) {
        int agree = 0;
        int disagree = 0;
        int pass = 0;
        for (int i : rows) {
            double v = votes[i][column];
            if (v == 1) {
                agree++;
            } else if (v == -1) {
                disagree++;
            } else if (v == 0) {
                pass++;
            }
        }
        return new StatementTally(statements[column], agree, disagree, pass);
    }
}
