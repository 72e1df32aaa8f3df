package nl.dialoog.outcome.analysis;

/**
 * The tunables of {@link Polis#analyse(java.util.List, PolisOptions)}; {@link #DEFAULTS} are Pol.is's own values where Pol.is
 * has one.
 *
 * @param minVotesInConversation a participant is in the conversation with at least min(this, #statements) votes
 * @param maxBaseClusters the fine k-means clusters that the opinion groups are made of
 * @param maxGroups the largest number of opinion groups tried (from 2); the best silhouette wins
 * @param representativeCount representative statements kept per group
 * @param listSize statements kept in each consensus, divisive and uncertain list
 * @param z the one-sided z threshold the proportion tests must beat (1.2816: 90 %)
 * @param uncertainPassShare the pass share from which a statement counts as uncertain
 * @param silhouetteMargin how much higher the silhouette of one more group must be for it to be chosen (ours, not
 *         Pol.is's: Pol.is instead waits until a new number of groups has won several analyses in a row)
 */
public record PolisOptions(int minVotesInConversation, int maxBaseClusters, int maxGroups, int representativeCount,
        int listSize, double z, double uncertainPassShare, double silhouetteMargin) {

    public static final PolisOptions DEFAULTS = new PolisOptions(7, 100, 5, 5, 5, 1.2816, 0.3, 0.01);

    public PolisOptions {
        if (minVotesInConversation < 1 || maxBaseClusters < 2 || maxGroups < 2 || representativeCount < 0
                || listSize < 0
                || silhouetteMargin < 0) {
            throw new IllegalArgumentException("invalid Pol.is options");
        }
    }
}
