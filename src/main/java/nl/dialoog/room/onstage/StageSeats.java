package nl.dialoog.room.onstage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who a moderator invited up, who is on stage as a guest, and who was taken off (table {@code room_stage_seat});
 * whom a moderator muted ({@code room_stage_mute}).
 */
@Repository
class StageSeats {

    enum State { INVITED, ON_STAGE, OFF }

    record Seat(long participantId, State state) {
    }

    private final JdbcClient jdbc;

    StageSeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<State> of(long eventId, long participantId) {
        return jdbc.sql("SELECT state FROM room_stage_seat WHERE event_id = :event AND participant_id = :participant")
                .param("event", eventId).param("participant", participantId)
                .query(String.class).optional().map(State::valueOf);
    }

    void set(long eventId, long participantId, State state, long by, Instant at) {
        clear(eventId, participantId);
        jdbc.sql("""
                        INSERT INTO room_stage_seat (event_id, participant_id, state, changed_by, changed_at)
                        VALUES (:event, :participant, :state, :by, :at)""")
                .param("event", eventId).param("participant", participantId).param("state", state.name())
                .param("by", by).param("at", Times.utc(at)).update();
    }

    void clear(long eventId, long participantId) {
        jdbc.sql("DELETE FROM room_stage_seat WHERE event_id = :event AND participant_id = :participant")
                .param("event", eventId).param("participant", participantId).update();
    }

    List<Seat> all(long eventId) {
        return jdbc.sql("SELECT participant_id, state FROM room_stage_seat WHERE event_id = :event ORDER BY changed_at")
                .param("event", eventId)
                .query((rs, n) -> new Seat(rs.getLong(1), State.valueOf(rs.getString(2)))).list();
    }

    void mute(long eventId, long participantId, long by, Instant at) {
        unmute(eventId, participantId);
        jdbc.sql("""
                        INSERT INTO room_stage_mute (event_id, participant_id, muted_by, muted_at)
                        VALUES (:event, :participant, :by, :at)""")
                .param("event", eventId).param("participant", participantId).param("by", by)
                .param("at", Times.utc(at)).update();
    }

    /** Whether there was a mute to lift. */
    boolean unmute(long eventId, long participantId) {
        return jdbc.sql("DELETE FROM room_stage_mute WHERE event_id = :event AND participant_id = :participant")
                .param("event", eventId).param("participant", participantId).update() > 0;
    }

    List<Long> muted(long eventId) {
        return jdbc.sql("SELECT participant_id FROM room_stage_mute WHERE event_id = :event ORDER BY muted_at")
                .param("event", eventId).query(Long.class).list();
    }
}
