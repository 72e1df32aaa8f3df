package nl.dialoog.stage;

import static nl.dialoog.shared.Times.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stage's rows: one per event, and the Janus tokens handed out. */
@Repository
class StageStore {

    /** One event's stage row. */
    record Row(long eventId, Long room, String secret, boolean open, String streamUrl) {
    }

    /** A token handed out; {@code feed} is the publisher id assigned to it, 0 for one that only watches. */
    record Token(String token, long eventId, String person, StageRole role, String place, long feed) {

        Token(String token, long eventId, String person) {
            this(token, eventId, person, StageRole.ATTENDEE, "STAGE", 0);
        }

        boolean backstage() {
            return "BACKSTAGE".equals(place);
        }
    }

    private final JdbcClient jdbc;

    StageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long eventId) {
        return jdbc.sql("""
                        SELECT event_id, janus_room, room_secret, opened_at IS NOT NULL AND closed_at IS NULL, stream_url
                        FROM stage WHERE event_id = :event""")
                .param("event", eventId).query(StageStore::row).optional();
    }

    /** Locks the event's stage row, making it first, so two requests for one event take turns. */
    Row lock(long eventId) {
        jdbc.sql("INSERT INTO stage (event_id) VALUES (:event) ON CONFLICT DO NOTHING").param("event", eventId).update();
        return jdbc.sql("""
                        SELECT event_id, janus_room, room_secret, opened_at IS NOT NULL AND closed_at IS NULL, stream_url
                        FROM stage WHERE event_id = :event FOR UPDATE""")
                .param("event", eventId).query(StageStore::row).single();
    }

    void opened(long eventId, long room, String secret, Instant at) {
        jdbc.sql("""
                        UPDATE stage SET janus_room = :room, room_secret = :secret, opened_at = :at, closed_at = NULL
                        WHERE event_id = :event""")
                .param("room", room).param("secret", secret).param("at", utc(at)).param("event", eventId).update();
    }

    void closed(long eventId, Instant at) {
        jdbc.sql("UPDATE stage SET closed_at = :at WHERE event_id = :event")
                .param("at", utc(at)).param("event", eventId).update();
    }

    void setStream(long eventId, String url) {
        jdbc.sql("UPDATE stage SET stream_url = :url WHERE event_id = :event")
                .param("url", url).param("event", eventId).update();
    }

    void addToken(String token, long eventId, String person, StageRole role, Instant expiresAt) {
        addToken(token, eventId, person, role, expiresAt, "STAGE", 0);
    }

    void addToken(String token, long eventId, String person, StageRole role, Instant expiresAt, String place,
                  long feed) {
        jdbc.sql("""
                        INSERT INTO stage_token (token, event_id, person, role, expires_at, place, feed)
                        VALUES (:token, :event, :person, :role, :expires, :place, :feed)""")
                .param("token", token).param("event", eventId).param("person", person).param("role", role.name())
                .param("expires", utc(expiresAt)).param("place", place).param("feed", feed == 0 ? null : feed)
                .update();
    }

    List<Token> tokensOf(long eventId, String person) {
        return jdbc.sql("""
                        SELECT token, event_id, person, role, place, feed FROM stage_token
                        WHERE event_id = :event AND person = :person""")
                .param("event", eventId).param("person", person).query(StageStore::token).list();
    }

    List<Token> tokensOf(long eventId) {
        return jdbc.sql("SELECT token, event_id, person, role, place, feed FROM stage_token WHERE event_id = :event")
                .param("event", eventId).query(StageStore::token).list();
    }

    List<Token> expired(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT token, event_id, person, role, place, feed FROM stage_token WHERE expires_at <= :now
                        ORDER BY expires_at LIMIT :limit""")
                .param("now", utc(now)).param("limit", limit).query(StageStore::token).list();
    }

    void live(long eventId, Instant since) {
        jdbc.sql("UPDATE stage SET live_since = :since WHERE event_id = :event")
                .param("since", since == null ? null : utc(since)).param("event", eventId).update();
    }

    boolean isLive(long eventId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM stage WHERE event_id = :event AND live_since IS NOT NULL
                        AND opened_at IS NOT NULL AND closed_at IS NULL""")
                .param("event", eventId).query(Long.class).single() > 0;
    }

    /** The open stages and when each was opened. */
    java.util.Map<Long, Instant> openStages() {
        java.util.Map<Long, Instant> open = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT event_id, opened_at FROM stage WHERE opened_at IS NOT NULL AND closed_at IS NULL ORDER BY event_id")
                .query((rs, n) -> open.put(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
                .list();
        return open;
    }

    void expireNow(String token, Instant now) {
        jdbc.sql("UPDATE stage_token SET expires_at = :now WHERE token = :token")
                .param("now", utc(now)).param("token", token).update();
    }

    void removeToken(String token) {
        jdbc.sql("DELETE FROM stage_token WHERE token = :token").param("token", token).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long room = rs.getLong(2);
        return new Row(rs.getLong(1), rs.wasNull() ? null : room, rs.getString(3), rs.getBoolean(4), rs.getString(5));
    }

    private static Token token(ResultSet rs, int n) throws SQLException {
        return new Token(rs.getString(1), rs.getLong(2), rs.getString(3), StageRole.valueOf(rs.getString(4)),
                rs.getString(5), rs.getLong(6));
    }

}
