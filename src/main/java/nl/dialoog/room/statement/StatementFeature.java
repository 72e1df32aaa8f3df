package nl.dialoog.room.statement;

import static nl.dialoog.room.live.CommandHandler.staffOnly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.live.SnapshotPart;
import nl.dialoog.room.protocol.Reply;
import nl.dialoog.room.protocol.SnapshotParts;
import nl.dialoog.room.protocol.StatementCommand;
import nl.dialoog.room.protocol.StatementFrame;
import nl.dialoog.shared.AfterCommit;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Component;

/**
 * Statements: {@code statement.submit} (staff seed them accepted; participants' wait as pending while the room
 * pre-moderates), {@code statement.accept} / {@code statement.reject} (staff), {@code statement.vote} (agree,
 * disagree or pass; a new vote replaces the old) and {@code statement.counts} (staff, on request).
 * <p>
 * A statement's change is logged as a {@code statement} frame holding its whole view (or, for everyone else, only
 * its id and status once it is no longer accepted). Votes are not logged: thousands of people voting would
 * otherwise send everyone a frame per vote, and nobody but staff needs the tally during the session.
 */
@Component
class StatementFeature implements CommandHandler, SnapshotPart {

    static final int MAX_LENGTH = 140;
    static final Duration SUBMIT_INTERVAL = Duration.ofSeconds(20);
    static final int MAX_PENDING = 5;

    private final StatementStore store;
    private final RoomStore rooms;
    private final RoomLog roomLog;
    private final Audit audit;
    private final Clock clock;
    private final StatementRounds rounds;
    private final StatementRoundTally roundTally;

    StatementFeature(StatementStore store, RoomStore rooms, RoomLog roomLog, Audit audit, Clock clock,
                     StatementRounds rounds, StatementRoundTally roundTally) {
        this.rounds = rounds;
        this.roundTally = roundTally;
        this.store = store;
        this.rooms = rooms;
        this.roomLog = roomLog;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void register(Registry commands) {
        commands.on(StatementCommand.Submit.class, (actor, command) -> submit(actor, command.text()));
        commands.on(StatementCommand.Accept.class, staffOnly((actor, command) -> decide(actor, command.id(), true)));
        commands.on(StatementCommand.Reject.class, staffOnly((actor, command) -> decide(actor, command.id(), false)));
        commands.on(StatementCommand.Vote.class, (actor, command) -> vote(actor, command.id(), command.vote()));
        commands.on(StatementCommand.Counts.class, staffOnly((actor, command) -> counts(actor)));
    }

    @Override
    public void addTo(SnapshotParts parts, Actor viewer) {
        parts.statements(snapshot(viewer));
    }

    StatementFrame.Snapshot snapshot(Actor viewer) {
        List<StatementFrame.Statement> items = store.visible(viewer.eventId(), viewer.isStaff()).stream()
                .map(statement -> viewer.isStaff() ? staffView(statement) : publicView(statement)).toList();
        Map<String, String> votes = new LinkedHashMap<>();
        store.votesOf(viewer.eventId(), viewer.participantId())
                .forEach((id, vote) -> votes.put(String.valueOf(id), vote.wire()));
        return new StatementFrame.Snapshot(items, votes, MAX_LENGTH, rounds.running(viewer.eventId(), viewer.isStaff()),
                clock.instant().toString());
    }

    private Reply.StatementStatus submit(Actor actor, String raw) {
        String text = raw.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new RoomRefusal("room.statement.error.empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new RoomRefusal("room.statement.error.tooLong", String.valueOf(MAX_LENGTH));
        }
        if (actor.muted()) {
            throw new RoomRefusal("room.error.muted");
        }
        Instant now = clock.instant();
        if (!actor.isStaff()) {
            var latest = store.latestBy(actor.eventId(), actor.participantId());
            if (latest.isPresent()) {
                long wait = Duration.between(now, latest.get().plus(SUBMIT_INTERVAL)).toSeconds();
                if (wait >= 0) {
                    throw new RoomRefusal("room.statement.error.tooSoon", String.valueOf(wait + 1));
                }
            }
            if (store.pendingBy(actor.eventId(), actor.participantId()) >= MAX_PENDING) {
                throw new RoomRefusal("room.statement.error.tooManyPending", String.valueOf(MAX_PENDING));
            }
        }
        if (store.exists(actor.eventId(), text)) {
            throw new RoomRefusal("room.statement.error.duplicate");
        }
        boolean held = !actor.isStaff() && rooms.get(actor.eventId()).statementsPremoderated();
        Statement.Status status = held ? Statement.Status.PENDING : Statement.Status.ACCEPTED;
        long id = store.insert(actor.eventId(), actor.participantId(), text, status, actor.isStaff(), now);
        Statement statement = store.find(actor.eventId(), id).orElseThrow();
        if (held) {
            roomLog.appendForStaff(actor.eventId(), staffView(statement));
        } else {
            roomLog.append(actor.eventId(), publicView(statement), staffView(statement));
        }
        if (actor.isStaff()) {
            audit.recordAs(who(actor), "room.statement.seeded", "event:" + actor.eventId(),
                    "statement " + id + ": " + text);
        }
        return new Reply.StatementStatus(id, status.name());
    }

    /** Accepts a pending statement, or rejects a pending or accepted one (which takes it off everyone's list). */
    private Reply.StatementStatus decide(Actor actor, long id, boolean accept) {
        Statement statement = store.find(actor.eventId(), id)
                .orElseThrow(() -> new RoomRefusal("room.statement.error.noSuchStatement"));
        Statement.Status from = statement.status();
        Statement.Status to = accept ? Statement.Status.ACCEPTED : Statement.Status.REJECTED;
        boolean allowed = accept ? from == Statement.Status.PENDING : from != Statement.Status.REJECTED;
        if (!allowed || !store.decide(id, from, to, actor.participantId(), clock.instant())) {
            throw new RoomRefusal("room.statement.error.alreadyDecided");
        }
        Statement decided = store.find(actor.eventId(), id).orElseThrow();
        if (accept) {
            roomLog.append(actor.eventId(), publicView(decided), staffView(decided));
        } else if (from == Statement.Status.ACCEPTED) {
            roomLog.append(actor.eventId(), new StatementFrame.Withdrawn(id, to.name()), staffView(decided));
        } else {
            roomLog.appendForStaff(actor.eventId(), staffView(decided));
        }
        audit.recordAs(who(actor), accept ? "room.statement.accepted" : "room.statement.rejected",
                "event:" + actor.eventId(), "statement " + id + " by participant " + statement.participantId()
                        + ": " + statement.body());
        return new Reply.StatementStatus(id, to.name());
    }

    private Reply.StatementVote vote(Actor actor, long id, String choice) {
        Vote vote = Vote.parse(choice).orElseThrow(() -> new RoomRefusal("room.statement.error.badVote"));
        Statement statement = store.find(actor.eventId(), id)
                .filter(found -> found.status() == Statement.Status.ACCEPTED)
                .orElseThrow(() -> new RoomRefusal("room.statement.error.noSuchStatement"));
        store.vote(actor.eventId(), statement.id(), actor.participantId(), vote, clock.instant());
        AfterCommit.run(() -> roundTally.touched(actor.eventId()));
        return new Reply.StatementVote(id, vote.wire());
    }

    private Reply.StatementCounts counts(Actor actor) {
        List<Reply.StatementCounts.Count> counts = store.counts(actor.eventId()).stream()
                .map(count -> new Reply.StatementCounts.Count(count.statementId(), count.agree(), count.disagree(),
                        count.pass()))
                .toList();
        return new Reply.StatementCounts(counts, store.voters(actor.eventId()));
    }

    /** What participants see: the text, never the author (Pol.is keeps statements anonymous to them). */
    private static StatementFrame.Statement publicView(Statement statement) {
        return new StatementFrame.Statement(statement.id(), statement.body(), statement.status().name(),
                statement.createdAt().toString(), null, null);
    }

    private static StatementFrame.Statement staffView(Statement statement) {
        return new StatementFrame.Statement(statement.id(), statement.body(), statement.status().name(),
                statement.createdAt().toString(),
                new StatementFrame.Writer(statement.participantId(), statement.authorName()), statement.seeded());
    }

    static String who(Actor actor) {
        return actor.displayName() + " (room participant " + actor.participantId() + ")";
    }
}
