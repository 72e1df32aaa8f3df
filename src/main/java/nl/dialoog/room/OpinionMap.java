package nl.dialoog.room;

import java.time.Instant;
import java.util.List;

/**
 * The opinion groups of a room's statement voting as they stand, for {@link Rooms#showOpinionMap}: each voter's
 * place on the map (two principal components) and group, each group's representative statements, and the
 * statements the room agrees on (consensus) or splits over (divisive). Person ids are the room's participant ids
 * from {@link StatementVotes}; the room never sends them to anyone.
 *
 * @param voters everyone who voted, in the conversation or not
 */
public record OpinionMap(long eventId, List<Point> points, List<Group> groups, List<StatementNote> consensus,
                         List<StatementNote> divisive, int voters, Instant computedAt) {

    public OpinionMap {
        points = List.copyOf(points);
        groups = List.copyOf(groups);
        consensus = List.copyOf(consensus);
        divisive = List.copyOf(divisive);
    }

    /** A voter's place; {@code group} is the index of their {@link Group}, null while not yet in the conversation. */
    public record Point(long personId, double x, double y, Integer group) {
    }

    /** An opinion group: {@code index} from 0 (shown as A, B, C…), its size, what sets it apart. */
    public record Group(int index, int size, List<StatementNote> representative) {

        public Group {
            representative = List.copyOf(representative);
        }
    }

    /**
     * A statement with the share of its voters who agree and disagree (of everyone, or of a group for a
     * representative statement); {@code agree} tells which way a representative statement sets its group apart.
     */
    public record StatementNote(long statementId, String text, int agreePercent, int disagreePercent,
                                boolean agree) {
    }
}
