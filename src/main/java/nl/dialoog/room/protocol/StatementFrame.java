package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Statements' and the opinion map's frames. */
public sealed interface StatementFrame extends Frame
        permits StatementFrame.Change, StatementFrame.Sharing, StatementFrame.Round, StatementFrame.RoundTally,
        OpinionMapFrame {

    /** A statement's whole view, or (for everyone but staff, once no longer accepted) its id and status. */
    @JsonTypeName("statement")
    sealed interface Change extends StatementFrame {
    }

    /** Participants never see who wrote a statement; staff see it ({@code author}, {@code seeded}). */
    record Statement(long id, String text, String status, String at,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Writer author,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Boolean seeded) implements Change {
    }

    record Writer(long id, String name) {
    }

    record Withdrawn(long id, String status) implements Change {
    }

    /** Whether the host shows the opinion map to everyone. */
    @JsonTypeName("opinionMap.shared")
    record Sharing(boolean shared) implements StatementFrame, Reply {
    }

    /**
     * A statement round started or ended ({@code state} RUNNING or CLOSED). {@code closesAt}: an instant, as a
     * logged frame may be replayed long after. Staff also get the round's {@code votes} and {@code voters}.
     */
    @JsonTypeName("statement.round")
    record Round(long id, String state, String closesAt,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Integer votes,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Integer voters) implements StatementFrame {
    }

    /** To staff, about once a second while people vote in a round: its votes so far. Not logged. */
    @JsonTypeName("statement.round.tally")
    record RoundTally(long id, int votes, int voters) implements StatementFrame {
    }

    /**
     * Statements' part of the snapshot: the ones the viewer may see, their own votes by id, the longest text, the
     * running round (or null), and the server's time, so a device whose clock is off counts the round down right.
     */
    record Snapshot(List<Statement> items, Map<String, String> votes, int max, Round round, String now) {
    }

    /** The opinion map's part of the snapshot: the latest map, for whoever may see it (else null). */
    record MapSnapshot(boolean shared, JsonNode map) {
    }
}
