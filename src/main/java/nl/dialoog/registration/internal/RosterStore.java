package nl.dialoog.registration.internal;

import static nl.dialoog.registration.internal.OptionsStore.instant;
import static nl.dialoog.shared.Times.utc;

import java.util.List;
import java.util.Map;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the organiser's tools and for privacy: the extra columns of the export, manual additions, the anonymous
 * tally and the deletion of personal data. Kept apart from {@link RegistrationStore}, which serves admissions.
 */
@Repository
public class RosterStore {

    /** The columns of a registration that only the export and the data download need. */
    public record Extra(java.time.Instant confirmedAt, boolean addedByOrganiser, String consentLanguage,
                 String consentText) {
    }

    private final JdbcClient jdbc;

    RosterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Extra> extras(long eventId) {
        return jdbc.sql("""
                        SELECT id, confirmed_at, added_by_organiser, consent_language, consent_text
                        FROM registration WHERE event_id = :event""")
                .param("event", eventId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Extra(instant(rs, 2), rs.getBoolean(3),
                        rs.getString(4), rs.getString(5))))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Extra extra(long registrationId) {
        return jdbc.sql("""
                        SELECT confirmed_at, added_by_organiser, consent_language, consent_text
                        FROM registration WHERE id = :id""")
                .param("id", registrationId)
                .query((rs, n) -> new Extra(instant(rs, 1), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    public void markAddedByOrganiser(long registrationId) {
        jdbc.sql("UPDATE registration SET added_by_organiser = TRUE WHERE id = :id").param("id", registrationId)
                .update();
    }

    /** Events that still hold personal data of registrations. */
    public List<Long> eventsWithRegistrations() {
        return jdbc.sql("SELECT DISTINCT event_id FROM registration ORDER BY event_id").query(Long.class).list();
    }

    /** Adds to an anonymous count; call while holding the event's lock, so two adders never interleave. */
    void tally(long eventId, RegistrationStatus status, String dimension, String value, int count) {
        String kept = value == null ? "" : value.length() > 64 ? value.substring(0, 64) : value;
        int updated = jdbc.sql("""
                        UPDATE registration_tally SET tally_count = tally_count + :count
                        WHERE event_id = :event AND status = :status AND dimension = :dimension
                          AND tally_value = :value""")
                .param("count", count).param("event", eventId).param("status", status.name())
                .param("dimension", dimension).param("value", kept).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO registration_tally (event_id, status, dimension, tally_value, tally_count)
                            VALUES (:event, :status, :dimension, :value, :count)""")
                    .param("count", count).param("event", eventId).param("status", status.name())
                    .param("dimension", dimension).param("value", kept).update();
        }
    }

    /** The anonymous counts of an event: status → dimension → value → count. */
    public List<Tally> tallies(long eventId) {
        return jdbc.sql("""
                        SELECT status, dimension, tally_value, tally_count FROM registration_tally
                        WHERE event_id = :event ORDER BY status, dimension, tally_value""")
                .param("event", eventId)
                .query((rs, n) -> new Tally(RegistrationStatus.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** One anonymous count. */
    public record Tally(RegistrationStatus status, String dimension, String value, int count) {
    }

    /**
     * Deletes a registration (its tokens go with it) and blanks the invite it used, whose address and name the
     * organiser typed in for that person.
     */
    public boolean delete(long registrationId) {
        jdbc.sql("UPDATE registration_invite SET email = NULL, name = NULL WHERE used_by = :id")
                .param("id", registrationId).update();
        jdbc.sql("""
                        UPDATE registration_options SET confirmed_count = confirmed_count - 1
                        WHERE event_id = (SELECT event_id FROM registration WHERE id = :id AND status = 'CONFIRMED')""")
                .param("id", registrationId).update();
        return jdbc.sql("DELETE FROM registration WHERE id = :id").param("id", registrationId).update() == 1;
    }

    /** Remembers that a registration was removed and why ("erased" or "purged"), without who it was. */
    public void remember(long registrationId, long eventId, String reason, java.time.Instant now) {
        jdbc.sql("""
                        INSERT INTO registration_removed (registration_id, event_id, reason, removed_at)
                        VALUES (:id, :event, :reason, :now)""")
                .param("id", registrationId).param("event", eventId).param("reason", reason)
                .param("now", utc(now)).update();
    }

    public List<String> erasedSubjects(long eventId) {
        return jdbc.sql("SELECT registration_id FROM registration_removed WHERE event_id = :event ORDER BY 1")
                .param("event", eventId).query(Long.class).list().stream()
                .map(id -> Admission.subject(new RegistrationId(id))).toList();
    }

    /** After a purge no invite of the event may name anyone either. */
    public void blankInvites(long eventId) {
        jdbc.sql("UPDATE registration_invite SET email = NULL, name = NULL WHERE event_id = :event")
                .param("event", eventId).update();
    }
}
