package nl.dialoog.stage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mountpoints made on relay Janus instances, and the watch tokens handed out there. */
@Repository
class RelayStore {

    record Mount(long eventId, String relay, long publisherId, long mountpoint, String secret, int audioPort,
                 int videoPort, String display) {
    }

    record Token(String token, long eventId, String relay) {
    }

    private final JdbcClient jdbc;

    RelayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Mount> mounts(long eventId) {
        return jdbc.sql("""
                        SELECT event_id, relay_name, publisher_id, mountpoint, secret, audio_port, video_port, display
                        FROM stage_relay WHERE event_id = :event ORDER BY mountpoint""")
                .param("event", eventId)
                .query((rs, n) -> new Mount(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8)))
                .list();
    }

    /** The relay a person watches the event on (their latest valid watch token there), if any. */
    java.util.Optional<String> relayOf(long eventId, String person, Instant now) {
        return jdbc.sql("""
                        SELECT relay_name FROM stage_relay_token
                        WHERE event_id = :e AND person = :p AND expires_at > :now ORDER BY expires_at DESC""")
                .param("e", eventId).param("p", person).param("now", Times.utc(now))
                .query(String.class).list().stream().findFirst();
    }

    void removeMount(long eventId, String relay, long publisherId) {
        jdbc.sql("DELETE FROM stage_relay WHERE event_id = :e AND relay_name = :r AND publisher_id = :p")
                .param("e", eventId).param("r", relay).param("p", publisherId).update();
    }

    void add(Mount mount, Instant at) {
        jdbc.sql("""
                        INSERT INTO stage_relay (event_id, relay_name, publisher_id, mountpoint, secret, audio_port,
                                                 video_port, display, created_at)
                        VALUES (:event, :relay, :publisher, :mountpoint, :secret, :audio, :video, :display, :at)""")
                .param("event", mount.eventId()).param("relay", mount.relay()).param("publisher", mount.publisherId())
                .param("mountpoint", mount.mountpoint()).param("secret", mount.secret())
                .param("audio", mount.audioPort()).param("video", mount.videoPort()).param("display", mount.display())
                .param("at", Times.utc(at)).update();
    }

    /** The highest mountpoint id of the event's mountpoints now (0 for none). */
    long lastMountpoint(long eventId) {
        return jdbc.sql("SELECT COALESCE(MAX(mountpoint), 0) FROM stage_relay WHERE event_id = :event")
                .param("event", eventId).query(Long.class).single();
    }

    void removeMounts(long eventId) {
        jdbc.sql("DELETE FROM stage_relay WHERE event_id = :event").param("event", eventId).update();
    }

    void addToken(String token, long eventId, String relay, String person, Instant expires) {
        jdbc.sql("""
                        INSERT INTO stage_relay_token (token, event_id, relay_name, person, expires_at)
                        VALUES (:token, :event, :relay, :person, :expires)""")
                .param("token", token).param("event", eventId).param("relay", relay).param("person", person)
                .param("expires", Times.utc(expires)).update();
    }

    /** Watch tokens handed out per relay for the event and still valid. */
    int watchers(long eventId, String relay, Instant now) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM stage_relay_token
                        WHERE event_id = :event AND relay_name = :relay AND expires_at > :now""")
                .param("event", eventId).param("relay", relay).param("now", Times.utc(now))
                .query(Integer.class).single();
    }

    /** Attendees let into the first Janus directly and still valid. */
    int directWatchers(long eventId, Instant now) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM stage_token
                        WHERE event_id = :event AND role = 'ATTENDEE' AND expires_at > :now""")
                .param("event", eventId).param("now", Times.utc(now)).query(Integer.class).single();
    }

    List<Token> tokensOf(long eventId, String person) {
        return jdbc.sql("SELECT token, event_id, relay_name FROM stage_relay_token WHERE event_id = :e AND person = :p")
                .param("e", eventId).param("p", person)
                .query((rs, n) -> new Token(rs.getString(1), rs.getLong(2), rs.getString(3))).list();
    }

    List<Token> tokensOf(long eventId) {
        return jdbc.sql("SELECT token, event_id, relay_name FROM stage_relay_token WHERE event_id = :e")
                .param("e", eventId).query((rs, n) -> new Token(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    List<Token> expired(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT token, event_id, relay_name FROM stage_relay_token WHERE expires_at <= :now
                        ORDER BY expires_at LIMIT :limit""")
                .param("now", Times.utc(now)).param("limit", limit)
                .query((rs, n) -> new Token(rs.getString(1), rs.getLong(2), rs.getString(3))).list();
    }

    void expireNow(String token, Instant now) {
        jdbc.sql("UPDATE stage_relay_token SET expires_at = :now WHERE token = :t")
                .param("now", Times.utc(now)).param("t", token).update();
    }

    void removeToken(String token) {
        jdbc.sql("DELETE FROM stage_relay_token WHERE token = :t").param("t", token).update();
    }

    List<Long> openStages() {
        return jdbc.sql("SELECT event_id FROM stage WHERE opened_at IS NOT NULL AND closed_at IS NULL")
                .query(Long.class).list();
    }

    static OffsetDateTime utc(Instant at) {
        return Times.utc(at);
    }
}
