package nl.dialoog.outcome.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The Pol.is method on matrices small enough to know the answer by hand. */
class PolisTests {

    @Test
    void imputesAMissingVoteByTheStatementMeanForPcaButDoesNotCountItAsSeen() {
        VoteMatrix matrix = VoteMatrix.of(List.of(new PolisVote(1, 10, 1), new PolisVote(1, 20, -1),
                new PolisVote(2, 10, -1), new PolisVote(3, 10, 1), new PolisVote(3, 20, 1)));

        double[] means = matrix.columnMeans(new int[] {0, 1, 2});

        assertThat(means).containsExactly(new double[] {1.0 / 3, 0}, within(1e-12));
        // Participant 2 never saw statement 20: imputed by its mean, it is 0 once centred.
        assertThat(Polis.centredRow(matrix.votes[1], means)).containsExactly(new double[] {-4.0 / 3, 0}, within(1e-12));
        assertThat(matrix.tally(1, new int[] {0, 1, 2})).isEqualTo(new StatementTally(20, 1, 1, 0));
    }

    @Test
    void placesInTheConversationWhoeverCastMinOfSevenAndTheStatementCountVotes() {
        List<PolisVote> votes = new ArrayList<>();
        IntStream.range(0, 7).forEach(s -> votes.add(new PolisVote(1, s, 1)));
        IntStream.range(0, 6).forEach(s -> votes.add(new PolisVote(2, s, 0)));
        IntStream.range(0, 10).forEach(s -> votes.add(new PolisVote(3, s, -1)));
        assertThat(VoteMatrix.of(votes).inConversation(7)).containsExactly(0, 2);

        List<PolisVote> fewStatements = List.of(new PolisVote(1, 1, 1), new PolisVote(1, 2, 1),
                new PolisVote(1, 3, 0), new PolisVote(2, 1, 1), new PolisVote(2, 2, -1));
        assertThat(VoteMatrix.of(fewStatements).inConversation(7)).containsExactly(0);
    }

    @Test
    void powerIterationReproducesPolisOwnExample() {
        double[][] data = {{1, 0, 0}, {-1, 1, .1}, {0, 1, .1}, {0, 1, -.1}};

        double[] first = Pca.powerIteration(data, 2, new double[] {1, 1, 1});

        assertThat(first).containsExactly(new double[] {-0.34217, 0.93906, 0.032633}, within(1e-4));
    }

    @Test
    void findsNoSecondComponentWhenVotesDifferInOneDirectionOnly() {
        double[][] centred = {{1, 0}, {-1, 0}, {1, 0}, {-1, 0}};

        double[][] components = Pca.components(Pca.gram(centred), 2);

        assertThat(Math.abs(components[0][0])).isCloseTo(1, within(1e-12));
        assertThat(components[0][1]).isCloseTo(0, within(1e-12));
        assertThat(components[1]).containsExactly(0, 0);
    }

    @Test
    void scalesASparseVoterByTheRootOfStatementsOverTheirVotes() {
        List<PolisVote> votes = new ArrayList<>(twoCamps());
        votes.add(new PolisVote(99, 1, 1));
        votes.add(new PolisVote(99, 2, 1));
        VoteMatrix matrix = VoteMatrix.of(votes);
        int[] inConversation = matrix.inConversation(7);

        double[][] map = Polis.opinionMap(matrix, inConversation);

        double[] means = matrix.columnMeans(inConversation);
        double[][] centred = Arrays.stream(inConversation).mapToObj(r -> Polis.centredRow(matrix.votes[r], means))
                .toArray(double[][]::new);
        double[][] components = Pca.components(Pca.gram(centred), 2);
        int sparse = matrix.rows() - 1;
        double[] row = Polis.centredRow(matrix.votes[sparse], means);
        double scale = Math.sqrt(matrix.columns() / 2.0);
        for (int c = 0; c < 2; c++) {
            double plain = 0;
            for (int j = 0; j < row.length; j++) {
                plain += row[j] * components[c][j];
            }
            assertThat(map[sparse][c]).isCloseTo(scale * plain, within(1e-12));
        }
        assertThat(Math.abs(map[sparse][0])).isGreaterThan(0);
    }

    @Test
    void findsTwoGroupsWithTheRightMembersWhenTwoCampsVoteOppositely() {
        PolisResult result = Polis.analyse(twoCamps());

        assertThat(result.groups()).hasSize(2);
        List<List<Long>> members = result.groups().stream().map(PolisGroup::members).toList();
        assertThat(members).containsExactlyInAnyOrder(ids(1, 10), ids(11, 20));
        assertThat(result.groupOf()).hasSize(20);
    }

    @Test
    void representsEachCampByTheStatementThatSplitsThemMost() {
        PolisResult result = Polis.analyse(twoCamps());

        PolisGroup first = result.groups().get(result.groupOf().get(1L));
        PolisGroup second = result.groups().get(result.groupOf().get(11L));
        assertThat(first.representative().getFirst().statement()).isEqualTo(1);
        assertThat(first.representative().getFirst().agree()).isTrue();
        assertThat(second.representative().getFirst().statement()).isEqualTo(1);
        assertThat(second.representative().getFirst().agree()).isFalse();
        assertThat(first.representative()).extracting(Representative::statement).doesNotContain(7L, 8L);
        assertThat(result.divisive().getFirst().statement()).isEqualTo(1);
    }

    @Test
    void findsConsensusInTheStatementEveryoneAgreesWith() {
        PolisResult result = Polis.analyse(twoCamps());

        assertThat(result.consensusAgree()).extracting(StatementScore::statement).containsExactly(7L);
        assertThat(result.consensusAgree().getFirst().score()).isCloseTo(21.0 / 22, within(1e-12));
        assertThat(result.groupAwareConsensus().getFirst().statement()).isEqualTo(7);
        assertThat(result.groupAwareConsensus().getFirst().score()).isCloseTo(11.0 / 12 * 11.0 / 12, within(1e-12));
        assertThat(result.consensusDisagree()).isEmpty();
    }

    @Test
    void findsTheStatementEveryonePassedOnUncertain() {
        PolisResult result = Polis.analyse(twoCamps());

        assertThat(result.uncertain().getFirst()).isEqualTo(new StatementScore(8, 21.0 / 22));
        assertThat(result.tallies().get(7)).isEqualTo(new StatementTally(8, 0, 0, 20));
    }

    @Test
    void givesTheSameResultForTheSameVotesInAnyOrder() {
        List<PolisVote> shuffled = new ArrayList<>(twoCamps());
        Collections.shuffle(shuffled, new Random(42));

        PolisResult once = Polis.analyse(twoCamps());
        PolisResult again = Polis.analyse(shuffled);

        assertThat(again.groups()).isEqualTo(once.groups());
        assertThat(again.groupOf()).isEqualTo(once.groupOf());
        assertThat(again.consensusAgree()).isEqualTo(once.consensusAgree());
        assertThat(again.groupAwareConsensus()).isEqualTo(once.groupAwareConsensus());
        for (Long participant : once.participants()) {
            assertThat(again.projection().get(participant)).containsExactly(once.projection().get(participant));
        }
    }

    @Test
    void testsProportionsWithOnePseudoCountAsPolisDoes() {
        assertThat(Repness.proportionZ(8, 10)).isCloseTo(2.1105794, within(1e-6));
        assertThat(Repness.twoProportionZ(8, 10, 2, 10)).isCloseTo(2.5690465, within(1e-6));
        assertThat(Repness.share(8, 10)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void scoresTwoWellSeparatedPairsWithAHighSilhouette() {
        double[][] points = {{0, 0}, {0, 1}, {10, 0}, {10, 1}};
        KMeans.Clustering pairs = new KMeans.Clustering(new double[][] {{0, .5}, {10, .5}}, new int[] {0, 0, 1, 1});

        double silhouette = KMeans.silhouette(points, new double[] {1, 1, 1, 1}, pairs);

        double b = (10 + Math.sqrt(101)) / 2;
        assertThat(silhouette).isCloseTo((b - 1) / b, within(1e-12));
    }

    @Test
    void returnsAnEmptyResultForNoVotes() {
        PolisResult result = Polis.analyse(List.of());

        assertThat(result.participants()).isEmpty();
        assertThat(result.groups()).isEmpty();
        assertThat(result.groupOf()).isEmpty();
        assertThat(result.consensusAgree()).isEmpty();
        assertThat(result.tallies()).isEmpty();
    }

    @Test
    void findsNoGroupsForASingleParticipant() {
        PolisResult result = Polis.analyse(List.of(new PolisVote(1, 1, 1), new PolisVote(1, 2, -1)));

        assertThat(result.participants()).containsExactly(1L);
        assertThat(result.groups()).isEmpty();
        assertThat(result.projection().get(1L)).containsExactly(0, 0);
    }

    @Test
    void findsNoGroupsWhenFewerThanTwoPeopleAreInTheConversation() {
        List<PolisVote> votes = new ArrayList<>();
        IntStream.range(0, 10).forEach(s -> votes.add(new PolisVote(1, s, s % 2 == 0 ? 1 : -1)));
        votes.add(new PolisVote(2, 0, -1));

        PolisResult result = Polis.analyse(votes);

        assertThat(result.inConversation()).containsExactly(1L);
        assertThat(result.groups()).isEmpty();
        assertThat(result.groupOf()).isEmpty();
    }

    @Test
    void findsNoGroupsButFullConsensusWhenEveryoneVotesAlike() {
        List<PolisVote> votes = new ArrayList<>();
        for (long p = 1; p <= 10; p++) {
            for (long s = 1; s <= 5; s++) {
                votes.add(new PolisVote(p, s, 1));
            }
        }

        PolisResult result = Polis.analyse(votes);

        assertThat(result.groups()).isEmpty();
        assertThat(result.divisive()).isEmpty();
        assertThat(result.consensusAgree()).extracting(StatementScore::statement).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    /**
     * Participants 1–10 agree with statements 1–3 and disagree with 4–6, participants 11–20 the other way round;
     * statement 1 splits them perfectly, on 2–6 each vote is a pass instead with a chance of one in four (a fixed
     * seed). Everyone agrees with 7 and passes on 8.
     */
    static List<PolisVote> twoCamps() {
        Random noise = new Random(7);
        List<PolisVote> votes = new ArrayList<>();
        for (long p = 1; p <= 20; p++) {
            int camp = p <= 10 ? 1 : -1;
            for (long s = 1; s <= 6; s++) {
                int vote = s <= 3 ? camp : -camp;
                votes.add(new PolisVote(p, s, s > 1 && noise.nextInt(4) == 0 ? 0 : vote));
            }
            votes.add(new PolisVote(p, 7, 1));
            votes.add(new PolisVote(p, 8, 0));
        }
        return votes;
    }

    private static List<Long> ids(long from, long to) {
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }
}
