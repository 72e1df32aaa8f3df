package nl.dialoog.outcome.analysis;

import static nl.dialoog.outcome.analysis.PolisExports.BREXIT;
import static nl.dialoog.outcome.analysis.PolisExports.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

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
     * or without our choices (we tried Pol.is's zero imputation, no sparsity scaling, clustering in all dimensions,
     * and the votes as they stood earlier in the conversation). Pol.is seeds each run's k-means with the previous
     * run's clusters, so with 24 people its groups depend on the order the votes came in. This test records the
     * figure we reach, so that a change that makes it worse is seen.
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
