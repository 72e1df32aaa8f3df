package nl.dialoog.room.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.room.live.Presence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a room's visits and the people who made them, for attendance. */
@Component
class AttendanceStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AttendanceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The room's attendance now. A visit still open counts until now while its node keeps seeing it; one whose node
     * stopped seeing it (the node died) ends when it was last seen.
     */
    List<Attendance.Row> rows(long eventId) {
        Instant now = clock.instant();
        Instant fresh = now.minus(Presence.HEARTBEAT.multipliedBy(3));
        Map<Long, Attendance.Person> people = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, display_name, role, organisation, country FROM room_participant
                        WHERE event_id = :event""")
                .param("event", eventId)
                .query(rs -> {
                    people.put(rs.getLong(1), new Attendance.Person(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        List<Attendance.Visit> visits = jdbc.sql("""
                        SELECT participant_id, joined_at, last_seen_at, left_at FROM room_visit
                        WHERE event_id = :event""")
                .param("event", eventId)
                .query((rs, n) -> {
                    Instant joined = rs.getObject(2, OffsetDateTime.class).toInstant();
                    Instant seen = rs.getObject(3, OffsetDateTime.class).toInstant();
                    OffsetDateTime left = rs.getObject(4, OffsetDateTime.class);
                    boolean open = left == null && seen.isAfter(fresh);
                    Instant end = left != null ? left.toInstant() : open ? now : seen;
                    return new Attendance.Visit(rs.getLong(1), joined, end.isBefore(joined) ? joined : end, open);
                })
                .list();
        return Attendance.rows(people, visits);
    }

    /**
     * Whole minutes each participant watched (or was on) the stage's video, from the stage visits Janus reported;
     * a visit still open counts until now. People who never reached the stage are not in the map.
     */
    Map<Long, Long> stageMinutes(long eventId) {
        Instant now = clock.instant();
        Map<Long, Long> seconds = new java.util.HashMap<>();
        jdbc.sql("SELECT participant_id, joined_at, left_at FROM room_stage_visit WHERE event_id = :event")
                .param("event", eventId)
                .query(rs -> {
                    Instant joined = rs.getObject(2, OffsetDateTime.class).toInstant();
                    OffsetDateTime left = rs.getObject(3, OffsetDateTime.class);
                    Instant end = left == null ? now : left.toInstant();
                    long watched = Math.max(0, java.time.Duration.between(joined, end).toSeconds());
                    seconds.merge(rs.getLong(1), watched, Long::sum);
                });
        Map<Long, Long> minutes = new java.util.HashMap<>();
        seconds.forEach((participant, total) -> minutes.put(participant, total / 60));
        return minutes;
    }

    /** Who came, in figures: distinct attendees and staff who entered, and the attendees' visits. */
    record Audience(int attended, int staff, List<Attendance.Visit> visits) {
    }

    /**
     * The audience in one read of the room's visits with each visitor's role (no names): what the attendance
     * summary and the event's dashboard need, also for tens of thousands of visits.
     */
    Audience audience(long eventId) {
        Instant now = clock.instant();
        Instant fresh = now.minus(Presence.HEARTBEAT.multipliedBy(3));
        java.util.Set<Long> attendees = new java.util.HashSet<>();
        java.util.Set<Long> staff = new java.util.HashSet<>();
        List<Attendance.Visit> visits = new java.util.ArrayList<>();
        jdbc.sql("""
                        SELECT v.participant_id, v.joined_at, v.last_seen_at, v.left_at, p.role FROM room_visit v
                        JOIN room_participant p ON p.id = v.participant_id
                        WHERE v.event_id = :event""")
                .param("event", eventId)
                .query(rs -> {
                    if (Attendance.isStaff(rs.getString(5))) {
                        staff.add(rs.getLong(1));
                        return;
                    }
                    attendees.add(rs.getLong(1));
                    Instant joined = rs.getObject(2, OffsetDateTime.class).toInstant();
                    Instant seen = rs.getObject(3, OffsetDateTime.class).toInstant();
                    OffsetDateTime left = rs.getObject(4, OffsetDateTime.class);
                    boolean open = left == null && seen.isAfter(fresh);
                    Instant end = left != null ? left.toInstant() : open ? now : seen;
                    visits.add(new Attendance.Visit(rs.getLong(1), joined, end.isBefore(joined) ? joined : end,
                            open));
                });
        return new Audience(attendees.size(), staff.size(), visits);
    }
}
