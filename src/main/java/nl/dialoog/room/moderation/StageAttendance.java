package nl.dialoog.room.moderation;

import nl.dialoog.shared.Times;
import nl.dialoog.stage.StageJoined;
import nl.dialoog.stage.StageLeft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The stage's media events in the room's attendance: when a participant's browser reaches the stage on Janus a
 * stage visit opens, when their last connection there closes it ends. Only the room's own people count (the stage
 * names them {@code participant:N}); each handler runs once per event through the publication log, and a repeat
 * changes nothing (a visit is opened only when none is open, and closed only while open).
 */
@Component
class StageAttendance {

    private static final String PARTICIPANT = "participant:";

    private final JdbcClient jdbc;

    StageAttendance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(StageJoined joined) {
        Long participant = participant(joined.person().key(), joined.eventId().value());
        if (participant == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO room_stage_visit (event_id, participant_id, role, joined_at)
                        SELECT :event, :participant, :role, :at FROM room_participant p
                        WHERE p.id = :participant AND NOT EXISTS (
                            SELECT 1 FROM room_stage_visit v WHERE v.participant_id = :participant AND v.left_at IS NULL)""")
                .param("event", joined.eventId().value()).param("participant", participant)
                .param("role", joined.role().name()).param("at", Times.utc(joined.at())).update();
    }

    @ApplicationModuleListener
    void on(StageLeft left) {
        Long participant = participant(left.person().key(), left.eventId().value());
        if (participant == null) {
            return;
        }
        jdbc.sql("UPDATE room_stage_visit SET left_at = :at WHERE participant_id = :participant AND left_at IS NULL")
                .param("at", Times.utc(left.at())).param("participant", participant).update();
    }

    /** The participant the key names, if it is one of this event's room. */
    private Long participant(String key, long eventId) {
        if (!key.startsWith(PARTICIPANT)) {
            return null;
        }
        try {
            long id = Long.parseLong(key.substring(PARTICIPANT.length()));
            return jdbc.sql("SELECT id FROM room_participant WHERE id = :id AND event_id = :event")
                    .param("id", id).param("event", eventId).query(Long.class).optional().orElse(null);
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }
}
