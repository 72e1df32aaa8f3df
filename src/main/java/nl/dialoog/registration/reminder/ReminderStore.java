package nl.dialoog.registration.reminder;

import static nl.dialoog.registration.internal.OptionsStore.instant;
import static nl.dialoog.shared.Times.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dialoog.registration.internal.OptionsStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for reminder plans, the claims that make each reminder and update mail go out once, and who is due. */
@Repository
class ReminderStore {

    /** A confirmed registration that could get a reminder, with the offsets it already had. */
    record Candidate(long registrationId, Instant createdAt, Set<Integer> claimed) {
    }

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organiser's offsets in minutes, largest first; empty when none were set (the defaults apply). */
    Optional<List<Integer>> plan(long eventId) {
        return jdbc.sql("SELECT offsets FROM registration_reminder_plan WHERE event_id = :event")
                .param("event", eventId).query(String.class).optional()
                .map(text -> text.isBlank() ? List.of() : Arrays.stream(text.split(","))
                        .map(Integer::valueOf).toList());
    }

    void savePlan(long eventId, List<Integer> offsets, Instant now) {
        String text = offsets.stream().map(String::valueOf).collect(Collectors.joining(","));
        int updated = jdbc.sql("UPDATE registration_reminder_plan SET offsets = :offsets, updated_at = :now "
                        + "WHERE event_id = :event")
                .param("offsets", text).param("now", utc(now)).param("event", eventId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO registration_reminder_plan (event_id, offsets, updated_at) "
                            + "VALUES (:event, :offsets, :now)")
                    .param("offsets", text).param("now", utc(now)).param("event", eventId).update();
        }
    }

    /** Events that have confirmed registrations: the only ones a reminder can be due for. */
    List<Long> eventsWithConfirmed() {
        return jdbc.sql("SELECT DISTINCT event_id FROM registration WHERE status = 'CONFIRMED'")
                .query(Long.class).list();
    }

    List<Candidate> candidates(long eventId) {
        Map<Long, Set<Integer>> claims = new HashMap<>();
        jdbc.sql("""
                        SELECT s.registration_id, s.offset_minutes FROM registration_reminder_sent s
                          JOIN registration r ON r.id = s.registration_id
                         WHERE r.event_id = :event AND r.status = 'CONFIRMED'""")
                .param("event", eventId)
                .query((rs, n) -> claims.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getInt(2)))
                .list();
        return jdbc.sql("SELECT id, created_at FROM registration WHERE event_id = :event AND status = 'CONFIRMED' "
                        + "ORDER BY id")
                .param("event", eventId)
                .query((rs, n) -> new Candidate(rs.getLong(1), instant(rs, 2),
                        claims.getOrDefault(rs.getLong(1), Set.of())))
                .list();
    }

    /** Claims a reminder; throws a DataAccessException when another node (or run) already has. */
    void claimReminder(long registrationId, int offsetMinutes, Instant now) {
        jdbc.sql("INSERT INTO registration_reminder_sent (registration_id, offset_minutes, sent_at) "
                        + "VALUES (:registration, :offset, :now)")
                .param("registration", registrationId).param("offset", offsetMinutes).param("now", utc(now))
                .update();
    }

    /** Forgets the event's reminder claims for these offsets, so they go out again for a new start time. */
    void releaseReminders(long eventId, Collection<Integer> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        DELETE FROM registration_reminder_sent WHERE offset_minutes IN (:offsets)
                           AND registration_id IN (SELECT id FROM registration WHERE event_id = :event)""")
                .param("offsets", offsets).param("event", eventId).update();
    }

    /** The registrations of an event that already got the update mail for this calendar sequence. */
    Set<Long> updated(long eventId, int sequence) {
        return new HashSet<>(jdbc.sql("""
                        SELECT u.registration_id FROM registration_update_sent u
                          JOIN registration r ON r.id = u.registration_id
                         WHERE r.event_id = :event AND u.calendar_sequence = :sequence""")
                .param("event", eventId).param("sequence", sequence).query(Long.class).list());
    }

    void claimUpdate(long registrationId, int sequence, Instant now) {
        jdbc.sql("INSERT INTO registration_update_sent (registration_id, calendar_sequence, sent_at) "
                        + "VALUES (:registration, :sequence, :now)")
                .param("registration", registrationId).param("sequence", sequence).param("now", utc(now)).update();
    }
}
