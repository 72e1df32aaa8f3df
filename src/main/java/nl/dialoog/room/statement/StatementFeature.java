package nl.dialoog.room.statement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.Audience;
import nl.dialoog.room.live.CommandHandler;
import nl.dialoog.room.live.RoomLog;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.live.SnapshotPart;
import nl.dialoog.shared.Audit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

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

    StatementFeature(StatementStore store, RoomStore rooms, RoomLog roomLog, Audit audit, Clock clock) {
        this.store = store;
        this.rooms = rooms;
        this.roomLog = roomLog;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Set<String> commands() {
        return Set.of("statement.submit", "statement.accept", "statement.reject", "statement.vote",
                "statement.counts");
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public Object handle(Actor actor, String command, JsonNode body) {
        return switch (command) {
            case "statement.submit" -> submit(actor, body.path("text").asString(""));
            case "statement.accept" -> decide(actor, body.path("id").asLong(0), true);
            case "statement.reject" -> decide(actor, body.path("id").asLong(0), false);
            case "statement.vote" -> vote(actor, body.path("id").asLong(0), body.path("vote").asString(""));
            case "statement.counts" -> counts(actor);
            default -> throw new RoomRefusal("room.error.unknownCommand");
        };
    }

    @Override
    public Object snapshot(Actor viewer) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("items", store.visible(viewer.eventId(), viewer.isStaff()).stream()
                .map(statement -> viewer.isStaff() ? staffView(statement) : publicView(statement)).toList());
        Map<String, String> votes = new LinkedHashMap<>();
        store.votesOf(viewer.eventId(), viewer.participantId())
                .forEach((id, vote) -> votes.put(String.valueOf(id), vote.wire()));
        snapshot.put("votes", votes);
        snapshot.put("max", MAX_LENGTH);
        return snapshot;
    }

    private Map<String, Object> submit(Actor actor, String raw) {
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
            roomLog.appendForStaff(actor.eventId(), "statement", staffView(statement));
        } else {
            roomLog.append(actor.eventId(), "statement", publicView(statement), staffView(statement),
                    Audience.EVERYONE);
        }
        if (actor.isStaff()) {
            audit.recordAs(who(actor), "room.statement.seeded", "event:" + actor.eventId(),
                    "statement " + id + ": " + text);
        }
        return Map.of("id", id, "status", status.name());
    }

    /** Accepts a pending statement, or rejects a pending or accepted one (which takes it off everyone's list). */
    private Map<String, Object> decide(Actor actor, long id, boolean accept) {
        if (!actor.isStaff()) {
            throw new RoomRefusal("room.error.notAllowed");
        }
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
            roomLog.append(actor.eventId(), "statement", publicView(decided), staffView(decided), Audience.EVERYONE);
        } else if (from == Statement.Status.ACCEPTED) {
            roomLog.append(actor.eventId(), "statement", Map.of("id", id, "status", to.name()), staffView(decided),
                    Audience.EVERYONE);
        } else {
            roomLog.appendForStaff(actor.eventId(), "statement", staffView(decided));
        }
        audit.recordAs(who(actor), accept ? "room.statement.accepted" : "room.statement.rejected",
                "event:" + actor.eventId(), "statement " + id + " by participant " + statement.participantId()
                        + ": " + statement.body());
        return Map.of("id", id, "status", to.name());
    }

    private Map<String, Object> vote(Actor actor, long id, String choice) {
        Vote vote = Vote.parse(choice).orElseThrow(() -> new RoomRefusal("room.statement.error.badVote"));
        Statement statement = store.find(actor.eventId(), id)
                .filter(found -> found.status() == Statement.Status.ACCEPTED)
                .orElseThrow(() -> new RoomRefusal("room.statement.error.noSuchStatement"));
        store.vote(actor.eventId(), statement.id(), actor.participantId(), vote, clock.instant());
        return Map.of("id", id, "vote", vote.wire());
    }

    private Map<String, Object> counts(Actor actor) {
        if (!actor.isStaff()) {
            throw new RoomRefusal("room.error.notAllowed");
        }
        List<Map<String, Object>> counts = store.counts(actor.eventId()).stream()
                .map(count -> Map.<String, Object>of("id", count.statementId(), "agree", count.agree(),
                        "disagree", count.disagree(), "pass", count.pass()))
                .toList();
        return Map.of("counts", counts, "voters", store.voters(actor.eventId()));
    }

    /** What participants see: the text, never the author (Pol.is keeps statements anonymous to them). */
    private static Map<String, Object> publicView(Statement statement) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", statement.id());
        view.put("text", statement.body());
        view.put("status", statement.status().name());
        view.put("at", statement.createdAt().toString());
        return view;
    }

    private static Map<String, Object> staffView(Statement statement) {
        Map<String, Object> view = publicView(statement);
        view.put("author", Map.of("id", statement.participantId(), "name", statement.authorName()));
        view.put("seeded", statement.seeded());
        return view;
    }

    static String who(Actor actor) {
        return actor.displayName() + " (room participant " + actor.participantId() + ")";
    }
}
