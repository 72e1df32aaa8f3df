package nl.dialoog.outcome.analysis;

/** How one statement was voted, overall or within one group; {@link #seen()} counts every vote, passes included. */
public record StatementTally(long statement, int agree, int disagree, int pass) {

    public int seen() {
        return agree + disagree + pass;
    }
}
