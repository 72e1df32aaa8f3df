package nl.dialoog.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.dialoog.room.OpinionMap;
import nl.dialoog.room.StatementVotes;
import org.junit.jupiter.api.Test;

/** The live map is the report's analysis of the votes as they stand, in the room's own terms. */
class LiveOpinionMapTests {

    @Test
    void twoCampsBecomeTwoGroupsWithTheStatementTheyShareAsConsensus() {
        List<StatementVotes.Vote> votes = new ArrayList<>();
        for (long person = 1; person <= 20; person++) {
            boolean first = person <= 10;
            votes.add(new StatementVotes.Vote(person, 1, first ? 1 : -1));
            votes.add(new StatementVotes.Vote(person, 2, first ? 1 : -1));
            votes.add(new StatementVotes.Vote(person, 3, first ? -1 : 1));
            votes.add(new StatementVotes.Vote(person, 4, 1));
        }
        StatementVotes input = new StatementVotes(7, List.of(new StatementVotes.Statement(1, "Fund the South"),
                new StatementVotes.Statement(2, "Step back"), new StatementVotes.Statement(3, "Reform within"),
                new StatementVotes.Statement(4, "A seat at the table")), votes);

        OpinionMap map = LiveOpinionMap.map(input, Instant.EPOCH);

        assertThat(map.eventId()).isEqualTo(7);
        assertThat(map.voters()).isEqualTo(20);
        assertThat(map.points()).hasSize(20).allSatisfy(point -> assertThat(point.group()).isNotNull());
        assertThat(map.groups()).extracting(OpinionMap.Group::size).containsExactlyInAnyOrder(10, 10);
        assertThat(map.consensus()).extracting(OpinionMap.StatementNote::text).contains("A seat at the table");
        assertThat(map.consensus()).filteredOn(note -> note.statementId() == 4)
                .allSatisfy(note -> assertThat(note.agreePercent()).isEqualTo(100));
    }

    @Test
    void aRoomWithoutVotesGetsAnEmptyMap() {
        OpinionMap map = LiveOpinionMap.map(new StatementVotes(7, List.of(), List.of()), Instant.EPOCH);

        assertThat(map.points()).isEmpty();
        assertThat(map.groups()).isEmpty();
        assertThat(map.voters()).isZero();
    }
}
