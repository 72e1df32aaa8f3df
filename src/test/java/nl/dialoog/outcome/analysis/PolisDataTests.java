package nl.dialoog.outcome.analysis;

import static nl.dialoog.outcome.analysis.PolisExports.BREXIT;
import static nl.dialoog.outcome.analysis.PolisExports.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The analysis on two published Pol.is conversations, against Pol.is's own groups and the comments' texts. */
class PolisDataTests {

    @Test
    void brexitGroupsAgreeWithPolisForAtLeastFourInFiveParticipants() {
        PolisResult result = Polis.analyse(PolisExports.votes(BREXIT));

        double agreement = PolisExports.agreement(PolisExports.polisGroups(BREXIT), result.groupOf());

        System.out.printf("brexit-consensus: %d groups, %.1f %% of Pol.is's grouped participants in the matching group%n",
                result.groups().size(), 100 * agreement);
        assertThat(result.groups()).hasSize(2);
        assertThat(agreement).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * Pol.is's groups here (18, 3 and 3 of 24) are not what k-means finds on this conversation's map for any k, with
     * or without our choices; the next test shows why no k-means on the map can find them. This test records the
     * figure we reach, so that a change that makes it worse is seen. The issue asks for 80 %: not reached, see the
     * README ("Analysing a Pol.is conversation").
     */
    @Test
    void londonYouthPolicingGroupsAgreeWithPolisForHalfOfTheParticipants() {
        PolisResult result = Polis.analyse(PolisExports.votes(LONDON));

        double agreement = PolisExports.agreement(PolisExports.polisGroups(LONDON), result.groupOf());

        System.out.printf("london.youth.policing: %d groups, %.1f %% of Pol.is's grouped participants in the matching"
                + " group%n", result.groups().size(), 100 * agreement);
        assertThat(result.groups()).hasSizeBetween(2, 5);
        assertThat(agreement).isGreaterThanOrEqualTo(0.5);
    }

    /**
     * The evidence behind the figure above. Pol.is makes its groups by k-means on the map (each run warm-started from
     * the previous one), so whatever path its runs took, the groups it ends with are a partition that k-means leaves
     * as it is: every participant nearer the centre of their own group than of any other. On the map of the final
     * votes Pol.is's london groups are not: several participants are nearer another group's centre, and k-means
     * started from Pol.is's own three centres moves on to a partition that agrees with Pol.is for fewer than 80 %.
     * (A replay of Pol.is's published update rules in vote-time order, PCA and k-means warm-started and the number
     * of groups smoothed, does not reach them either: 46-54 % with batches of 1 s to 1 min.)
     */
    @Test
    void londonPolisGroupsAreNotAPartitionThatKMeansKeepsOnTheMap() {
        VoteMatrix matrix = VoteMatrix.of(PolisExports.votes(LONDON));
        int[] inConversation = matrix.inConversation(PolisOptions.DEFAULTS.minVotesInConversation());
        double[][] map = Polis.opinionMap(matrix, inConversation);
        Map<Long, Integer> polis = PolisExports.polisGroups(LONDON);
        List<Long> grouped = polis.keySet().stream().sorted().toList();
        double[][] points = grouped.stream()
                .map(p -> map[Arrays.binarySearch(matrix.participants, p)]).toArray(double[][]::new);
        double[][] centres = new double[3][2];
        int[] sizes = new int[3];
        for (int i = 0; i < points.length; i++) {
            int g = polis.get(grouped.get(i));
            centres[g][0] += points[i][0];
            centres[g][1] += points[i][1];
            sizes[g]++;
        }
        for (int g = 0; g < 3; g++) {
            centres[g][0] /= sizes[g];
            centres[g][1] /= sizes[g];
        }
        int nearerAnother = 0;
        for (int i = 0; i < points.length; i++) {
            nearerAnother += KMeans.nearest(points[i], centres) == polis.get(grouped.get(i)) ? 0 : 1;
        }
        double[] ones = new double[points.length];
        Arrays.fill(ones, 1);
        KMeans.Clustering settled = KMeans.cluster(points, ones, centres);
        Map<Long, Integer> kept = new HashMap<>();
        for (int i = 0; i < points.length; i++) {
            kept.put(grouped.get(i), settled.assignment()[i]);
        }
        double agreement = PolisExports.agreement(polis, kept);

        System.out.printf("london.youth.policing: %d of %d nearer another Pol.is group's centre; k-means from Pol.is's"
                + " centres settles at %.1f %% agreement%n", nearerAnother, points.length, 100 * agreement);
        assertThat(nearerAnother).isGreaterThanOrEqualTo(3);
        assertThat(agreement).isLessThan(0.8);
    }

    @Test
    void brexitConsensusHoldsWhatAlmostEveryoneAgreesAndDisagreesWith() {
        PolisResult result = Polis.analyse(PolisExports.votes(BREXIT));
        Map<Long, String> text = PolisExports.comments(BREXIT);

        List<String> agreed = result.consensusAgree().stream().map(s -> text.get(s.statement())).toList();
        List<String> rejected = result.consensusDisagree().stream().map(s -> text.get(s.statement())).toList();

        assertThat(agreed).anyMatch(t -> t.startsWith("The Northern Ireland/Republic of Ireland border is a huge"))
                .contains("I voted to Remain.");
        assertThat(rejected).contains("I voted to Leave.", "I've changed my mind about my vote since the referendum.");
        assertOverwhelming(result, result.consensusAgree(), true);
        assertOverwhelming(result, result.consensusDisagree(), false);
    }

    @Test
    void brexitGroupsAreEachRepresentedByAStatementTheOtherGroupVotesClearlyOtherwiseOn() {
        PolisResult result = Polis.analyse(PolisExports.votes(BREXIT));

        for (PolisGroup group : result.groups()) {
            PolisGroup other = result.groups().get(1 - group.index());
            Representative top = group.representative().getFirst();
            StatementTally in = group.tallies().get(top.statement());
            StatementTally out = other.tallies().get(top.statement());

            double share = (top.agree() ? in.agree() : in.disagree()) / (double) in.seen();
            double otherShare = (top.agree() ? out.agree() : out.disagree()) / (double) out.seen();
            assertThat(share - otherShare).isGreaterThan(0.4);
            assertThat(top.probability()).isGreaterThan(0.5);
            assertThat(top.ratio()).isGreaterThan(1);
        }
    }

    @Test
    void londonConsensusHoldsTheCallForIndependentInvestigations() {
        PolisResult result = Polis.analyse(PolisExports.votes(LONDON));
        Map<Long, String> text = PolisExports.comments(LONDON);

        assertThat(result.consensusAgree()).extracting(s -> text.get(s.statement()))
                .anyMatch(t -> t.startsWith("do regular, independent investigations on police conduct"));
        assertOverwhelming(result, result.consensusAgree(), true);
    }

    @Test
    void everyVoterIsProjectedAndOnlyThoseInTheConversationAreGrouped() {
        PolisResult result = Polis.analyse(PolisExports.votes(BREXIT));

        assertThat(result.projection().keySet()).containsExactlyElementsOf(result.participants());
        assertThat(result.inConversation()).containsAll(result.groupOf().keySet());
        assertThat(result.groups().stream().mapToInt(g -> g.members().size()).sum())
                .isEqualTo(result.groupOf().size());
    }

    /** Each consensus statement was agreed (disagreed) with by more than 80 % of those who saw it. */
    private static void assertOverwhelming(PolisResult result, List<StatementScore> list, boolean agree) {
        assertThat(list).isNotEmpty().allSatisfy(s -> {
            StatementTally t = result.tallies().stream().filter(x -> x.statement() == s.statement()).findFirst()
                    .orElseThrow();
            assertThat((agree ? t.agree() : t.disagree()) / (double) t.seen()).isGreaterThan(0.8);
        });
    }
}
