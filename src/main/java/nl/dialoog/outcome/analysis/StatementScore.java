package nl.dialoog.outcome.analysis;

/** A statement with the score it was ranked by; what the score means depends on the list it is in. */
public record StatementScore(long statement, double score) {
}
