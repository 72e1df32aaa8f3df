package nl.dialoog.room.live;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is in a room, across all nodes: each connection is a visit row that its node marks as seen every
 * {@link #HEARTBEAT}; a visit not seen for three heartbeats (its node died) no longer counts. Attendance is made
 * of the same rows.
 */
@Component
public class Presence {

    public static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final JdbcClient jdbc;
    private final Clock clock;

    Presence(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long arrived(Actor actor) {
        var now = Times.utc(clock.instant());
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_visit (event_id, participant_id, joined_at, last_seen_at)
                        VALUES (:event, :participant, :now, :now)""")
                .param("event", actor.eventId())
                .param("participant", actor.participantId())
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void left(long visitId) {
        var now = Times.utc(clock.instant());
        jdbc.sql("UPDATE room_visit SET left_at = :now, last_seen_at = :now WHERE id = :id AND left_at IS NULL")
                .param("now", now)
                .param("id", visitId)
                .update();
    }

    void seen(Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return;
        }
        var now = Times.utc(clock.instant());
        List<Long> ids = List.copyOf(visitIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("UPDATE room_visit SET last_seen_at = :now WHERE id IN (:ids) AND left_at IS NULL")
                    .param("now", now)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .update();
        }
    }

    /** How many different people are in the room now. */
    public int count(long eventId) {
        return jdbc.sql("""
                        SELECT COUNT(DISTINCT participant_id) FROM room_visit
                        WHERE event_id = :event AND left_at IS NULL AND last_seen_at > :since""")
                .param("event", eventId)
                .param("since", Times.utc(clock.instant().minus(HEARTBEAT.multipliedBy(3))))
                .query(Integer.class)
                .single();
    }

    /** The participants in the room now, by id. */
    public List<Long> present(long eventId) {
        return jdbc.sql("""
                        SELECT DISTINCT participant_id FROM room_visit
                        WHERE event_id = :event AND left_at IS NULL AND last_seen_at > :since""")
                .param("event", eventId)
                .param("since", Times.utc(clock.instant().minus(HEARTBEAT.multipliedBy(3))))
                .query(Long.class)
                .list();
    }
}
