package nl.dialoog.room;

import java.util.List;

/**
 * A room's statement voting as it stands, for the live opinion map: the accepted statements and every person's
 * current vote on them (a changed vote counts once, as its latest choice; votes on statements since rejected are
 * left out).
 */
public record StatementVotes(long eventId, List<Statement> statements, List<Vote> votes) {

    public StatementVotes {
        statements = List.copyOf(statements);
        votes = List.copyOf(votes);
    }

    public record Statement(long id, String text) {
    }

    /** {@code vote}: 1 agree, -1 disagree, 0 pass (Pol.is's convention); {@code personId} is the room participant. */
    public record Vote(long personId, long statementId, int vote) {
    }
}
