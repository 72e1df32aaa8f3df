package nl.dialoog.room.statement;

import static nl.dialoog.room.live.CommandHandler.staffOnly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.TimeLimited;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.room.protocol.StatementCommand;
import nl.dialoog.room.protocol.StatementFrame;
import nl.dialoog.shared.Audit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Statement rounds: {@code statement.round.launch} (staff; with {@code seconds}, a time limit after which the room's
 * timer closes it, see {@link TimeLimited}) asks everyone to vote on the statements now — the page shows each
 * attendee, in a banner above the tabs, the next statement they have not answered — and
 * {@code statement.round.close} (staff) ends it. One round runs at a time per room. Votes are the ordinary
 * {@code statement.vote}; staff see the round's count live ({@link StatementRoundTally}). Every change is audited.
 */
@Component
class StatementRounds implements CommandHandler, TimeLimited {

    private final StatementRoundStore store;
    private final RoomLog roomLog;
    private final Audit audit;
    private final Clock clock;

    StatementRounds(StatementRoundStore store, RoomLog roomLog, Audit audit, Clock clock) {
        this.store = store;
        this.roomLog = roomLog;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void register(Registry commands) {
        commands.on(StatementCommand.LaunchRound.class, staffOnly((actor, command) -> launch(actor,
                TimeLimited.read(command.seconds(), "room.statement.error.timer"))));
        commands.on(StatementCommand.CloseRound.class, staffOnly((actor, command) -> close(actor)));
    }

    /** The running round as the viewer sees it, or null. */
    StatementFrame.Round running(long eventId, boolean staff) {
        return store.running(eventId).map(round -> view(round, staff)).orElse(null);
    }

    private Reply.RoundChanged launch(Actor actor, Optional<Duration> limit) {
        if (store.running(actor.eventId()).isPresent()) {
            throw new RoomRefusal("room.statement.error.roundRunning");
        }
        Instant now = clock.instant();
        long id;
        try {
            id = store.launch(actor.eventId(), actor.participantId(), now, limit.map(now::plus).orElse(null));
        } catch (DataIntegrityViolationException launchedAtTheSameTime) {
            throw new RoomRefusal("room.statement.error.roundRunning");
        }
        return changed(StatementFeature.who(actor), store.find(actor.eventId(), id).orElseThrow(), "launched",
                limit.map(time -> "closes after " + time.toSeconds() + " s").orElse("no time limit"));
    }

    private Reply.RoundChanged close(Actor actor) {
        StatementRoundStore.Round round = store.running(actor.eventId())
                .flatMap(found -> store.lock(actor.eventId(), found.id()))
                .filter(StatementRoundStore.Round::running)
                .orElseThrow(() -> new RoomRefusal("room.statement.error.noRound"));
        store.close(round.id(), clock.instant());
        return changed(StatementFeature.who(actor), store.find(actor.eventId(), round.id()).orElseThrow(), "closed",
                "by a moderator");
    }

    @Override
    public Map<Long, Long> due(Instant now) {
        return store.due(now);
    }

    @Override
    public void closeDue(long eventId, long id, Instant now) {
        store.lock(eventId, id)
                .filter(StatementRoundStore.Round::running)
                .filter(round -> round.closesAt() != null && !round.closesAt().isAfter(now))
                .ifPresent(round -> {
                    store.close(round.id(), now);
                    changed("statement round timer", store.find(eventId, id).orElseThrow(), "closed",
                            "its time limit ran out");
                });
    }

    private Reply.RoundChanged changed(String who, StatementRoundStore.Round round, String action, String detail) {
        long seq = roomLog.append(round.eventId(), view(round, false), view(round, true)).seq();
        StatementRoundStore.Tally tally = store.tally(round, clock.instant());
        audit.recordAs(who, "room.statement.round." + action, "event:" + round.eventId(),
                "statement round " + round.id() + ": " + detail + " (" + tally.votes() + " votes by "
                        + tally.voters() + " people so far)");
        return new Reply.RoundChanged(round.id(), round.running() ? "RUNNING" : "CLOSED", seq);
    }

    private StatementFrame.Round view(StatementRoundStore.Round round, boolean staff) {
        StatementRoundStore.Tally tally = staff ? store.tally(round, clock.instant()) : null;
        return new StatementFrame.Round(round.id(), round.running() ? "RUNNING" : "CLOSED",
                round.running() && round.closesAt() != null ? round.closesAt().toString() : null,
                staff ? tally.votes() : null, staff ? tally.voters() : null);
    }
}
