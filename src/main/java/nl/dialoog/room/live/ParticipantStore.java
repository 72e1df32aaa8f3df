package nl.dialoog.room.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.dialoog.room.RoomRole;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code room_participant} table. */
@Component
public class ParticipantStore {

    private static final String COLUMNS = """
            id, event_id, registration_id, account_id, role, display_name, organisation, country, show_card, muted,
            removed, hand_raised_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ParticipantStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Participant> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM room_participant WHERE id = :id")
                .param("id", id)
                .query(ParticipantStore::participant)
                .optional();
    }

    public List<Participant> all(long eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM room_participant WHERE event_id = :event ORDER BY display_name, id")
                .param("event", eventId)
                .query(ParticipantStore::participant)
                .list();
    }

    public List<Participant> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM room_participant WHERE id IN (:ids) ORDER BY display_name, id")
                .param("ids", ids)
                .query(ParticipantStore::participant)
                .list();
    }

    /** The participant a registration is in its event's room, if the person ever entered it. */
    public Optional<Participant> ofRegistration(long eventId, long registrationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM room_participant WHERE event_id = :event AND registration_id = :r")
                .param("event", eventId)
                .param("r", registrationId)
                .query(ParticipantStore::participant)
                .optional();
    }

    /**
     * Forgets who a participant was: the name becomes {@code placeholder}, organisation and country go, and the
     * participant is removed, so that nothing enters as them again. Their contributions stay, without a name.
     */
    public void forget(long id, String placeholder) {
        jdbc.sql("""
                        UPDATE room_participant SET display_name = :name, organisation = '', country = '',
                               show_card = FALSE, removed = TRUE, hand_raised_at = NULL
                        WHERE id = :id""")
                .param("name", placeholder)
                .param("id", id)
                .update();
    }

    /** The participant a registration is in its event's room, made on first entry. */
    public Participant forRegistration(long eventId, long registrationId, String name, String organisation,
                                       String country) {
        jdbc.sql("""
                        INSERT INTO room_participant (event_id, registration_id, role, display_name, organisation,
                                                      country, created_at)
                        VALUES (:event, :registration, 'ATTENDEE', :name, :organisation, :country, :now)
                        ON CONFLICT DO NOTHING""")
                .param("event", eventId)
                .param("registration", registrationId)
                .param("name", clip(name, 80))
                .param("organisation", clip(organisation, 200))
                .param("country", country == null || country.length() != 2 ? "" : country)
                .param("now", now())
                .update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM room_participant WHERE event_id = :event AND registration_id = :r")
                .param("event", eventId)
                .param("r", registrationId)
                .query(ParticipantStore::participant)
                .single();
    }

    /** The participant an organiser's account is in a room, made on first entry with {@code role}. */
    public Participant forAccount(long eventId, long accountId, RoomRole role, String name, String organisation) {
        jdbc.sql("""
                        INSERT INTO room_participant (event_id, account_id, role, display_name, organisation, created_at)
                        VALUES (:event, :account, :role, :name, :organisation, :now)
                        ON CONFLICT DO NOTHING""")
                .param("event", eventId)
                .param("account", accountId)
                .param("role", role.name())
                .param("name", clip(name, 80))
                .param("organisation", clip(organisation, 200))
                .param("now", now())
                .update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM room_participant WHERE event_id = :event AND account_id = :a")
                .param("event", eventId)
                .param("a", accountId)
                .query(ParticipantStore::participant)
                .single();
    }

    public void rename(long id, String name, boolean showCard) {
        jdbc.sql("UPDATE room_participant SET display_name = :name, show_card = :show WHERE id = :id")
                .param("name", clip(name, 80))
                .param("show", showCard)
                .param("id", id)
                .update();
    }

    public void setRole(long id, RoomRole role) {
        jdbc.sql("UPDATE room_participant SET role = :role WHERE id = :id")
                .param("role", role.name())
                .param("id", id)
                .update();
    }

    public void setMuted(long id, boolean muted) {
        jdbc.sql("UPDATE room_participant SET muted = :muted WHERE id = :id").param("muted", muted).param("id", id)
                .update();
    }

    public void setRemoved(long id) {
        jdbc.sql("UPDATE room_participant SET removed = TRUE, hand_raised_at = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    public void setHandRaised(long id, boolean raised) {
        jdbc.sql("UPDATE room_participant SET hand_raised_at = :at WHERE id = :id")
                .param("at", raised ? now() : null)
                .param("id", id)
                .update();
    }

    private OffsetDateTime now() {
        return Times.utc(clock.instant());
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text.strip();
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static Participant participant(ResultSet rs, int row) throws SQLException {
        OffsetDateTime hand = rs.getObject(12, OffsetDateTime.class);
        return new Participant(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                (Long) rs.getObject(4, Long.class), RoomRole.valueOf(rs.getString(5)), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11),
                hand == null ? null : hand.toInstant());
    }
}
