package nl.dialoog.outcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.EventId;
import nl.dialoog.outcome.analysis.Polis;
import nl.dialoog.outcome.analysis.PolisGroup;
import nl.dialoog.outcome.analysis.PolisResult;
import nl.dialoog.outcome.analysis.PolisVote;
import nl.dialoog.outcome.analysis.Representative;
import nl.dialoog.outcome.analysis.StatementScore;
import nl.dialoog.outcome.analysis.StatementTally;
import nl.dialoog.room.OpinionMap;
import nl.dialoog.room.Rooms;
import nl.dialoog.room.StatementVotes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps each room's opinion map current while people vote: every few seconds, the rooms with new statement votes
 * are analysed again (the same Pol.is analysis as the report) and the map handed to the room, which shows it to
 * its staff and, when the host shares it, to everyone. Rooms where nobody voted cost one indexed query.
 */
@Component
class LiveOpinionMap {

    /** Vote times come from the clocks of the nodes that took them: look back a little further than the last run. */
    static final Duration SKEW = Duration.ofSeconds(2);
    static final int LIST = 3;

    private static final Logger log = LoggerFactory.getLogger(LiveOpinionMap.class);

    private final Rooms rooms;
    private final Clock clock;
    private Instant lastRun;

    LiveOpinionMap(Rooms rooms, Clock clock) {
        this.rooms = rooms;
        this.clock = clock;
        this.lastRun = clock.instant().minus(Duration.ofMinutes(10));
    }

    @Scheduled(fixedDelayString = "${dialoog.outcome.map-interval:3s}", initialDelayString = "5s")
    void refresh() {
        Instant started = clock.instant();
        for (EventId room : rooms.roomsWithVotesSince(lastRun.minus(SKEW))) {
            try {
                rooms.showOpinionMap(map(rooms.statementVotes(room), started));
            } catch (RuntimeException e) {
                log.warn("The opinion map of event {} could not be computed: {}", room.value(), e.toString());
            }
        }
        lastRun = started;
    }

    static OpinionMap map(StatementVotes votes, Instant at) {
        PolisResult result = Polis.analyse(votes.votes().stream()
                .map(v -> new PolisVote(v.personId(), v.statementId(), v.vote())).toList());
        Map<Long, String> texts = new HashMap<>();
        votes.statements().forEach(s -> texts.put(s.id(), s.text()));
        Map<Long, StatementTally> tallies = new HashMap<>();
        result.tallies().forEach(t -> tallies.put(t.statement(), t));

        List<OpinionMap.Point> points = new ArrayList<>();
        result.projection().forEach((person, xy) -> points.add(new OpinionMap.Point(person, xy[0], xy[1],
                result.groupOf().get(person))));
        List<OpinionMap.Group> groups = new ArrayList<>();
        for (PolisGroup group : result.groups()) {
            List<OpinionMap.StatementNote> representative = new ArrayList<>();
            for (Representative r : group.representative().stream().limit(LIST).toList()) {
                representative.add(note(r.statement(), texts, group.tallies().get(r.statement()), r.agree()));
            }
            groups.add(new OpinionMap.Group(group.index(), group.members().size(), representative));
        }
        List<OpinionMap.StatementNote> consensus = new ArrayList<>();
        for (StatementScore score : result.consensusAgree().stream().limit(LIST).toList()) {
            consensus.add(note(score.statement(), texts, tallies.get(score.statement()), true));
        }
        List<OpinionMap.StatementNote> divisive = new ArrayList<>();
        for (StatementScore score : result.divisive().stream().limit(LIST).toList()) {
            StatementTally tally = tallies.get(score.statement());
            divisive.add(note(score.statement(), texts, tally, tally == null || tally.agree() >= tally.disagree()));
        }
        return new OpinionMap(votes.eventId(), points, groups, consensus, divisive, result.participants().size(), at);
    }

    private static OpinionMap.StatementNote note(long statement, Map<Long, String> texts, StatementTally tally,
                                                 boolean agree) {
        int seen = tally == null ? 0 : tally.agree() + tally.disagree() + tally.pass();
        int agreePercent = seen == 0 ? 0 : Math.round(100f * tally.agree() / seen);
        int disagreePercent = seen == 0 ? 0 : Math.round(100f * tally.disagree() / seen);
        return new OpinionMap.StatementNote(statement, texts.getOrDefault(statement, ""), agreePercent,
                disagreePercent, agree);
    }
}
