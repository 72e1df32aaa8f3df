package nl.dialoog.outcome.analysis;

/**
 * One participant's current vote on one statement: 1 agree, -1 disagree, 0 pass. A participant who changed their mind
 * is passed with the latest vote only.
 */
public record PolisVote(long participant, long statement, int vote) {

    public PolisVote {
        if (vote < -1 || vote > 1) {
            throw new IllegalArgumentException("a vote is 1 (agree), -1 (disagree) or 0 (pass), not " + vote);
        }
    }
}
