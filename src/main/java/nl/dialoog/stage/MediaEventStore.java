package nl.dialoog.stage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Janus's handles and media samples as its event handler reported them. */
@Repository
class MediaEventStore {

    /** Whose token a Janus handle was attached with. */
    record Handle(long handleId, long session, long eventId, String person, StageRole role) {
    }

    /** A person the token belongs to. */
    record TokenOwner(long eventId, String person, StageRole role) {
    }

    private final JdbcClient jdbc;

    MediaEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TokenOwner> owner(String token) {
        return jdbc.sql("SELECT event_id, person, role FROM stage_token WHERE token = :token")
                .param("token", token)
                .query((rs, n) -> new TokenOwner(rs.getLong(1), rs.getString(2), StageRole.valueOf(rs.getString(3))))
                .optional();
    }

    /** Records the handle; false when Janus reported it before (the handler retries a delivery it thinks failed). */
    boolean attached(long handleId, long session, TokenOwner owner, Instant at) {
        if (jdbc.sql("SELECT COUNT(*) FROM stage_handle WHERE handle_id = :h").param("h", handleId)
                .query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO stage_handle (handle_id, janus_session, event_id, person, role, publisher, attached_at)
                        VALUES (:h, :s, :event, :person, :role, :publisher, :at)""")
                .param("h", handleId).param("s", session).param("event", owner.eventId())
                .param("person", owner.person()).param("role", owner.role().name())
                .param("publisher", owner.role().publishes()).param("at", utc(at)).update();
        return true;
    }

    /** Closes the handle if it is open; the handle as it was, if it was. */
    Optional<Handle> detached(long handleId, Instant at) {
        Optional<Handle> open = jdbc.sql("""
                        SELECT handle_id, janus_session, event_id, person, role FROM stage_handle
                        WHERE handle_id = :h AND detached_at IS NULL""")
                .param("h", handleId).query(MediaEventStore::handle).optional();
        open.ifPresent(h -> jdbc.sql("UPDATE stage_handle SET detached_at = :at WHERE handle_id = :h")
                .param("at", utc(at)).param("h", handleId).update());
        return open;
    }

    List<Long> openHandlesOfSession(long session) {
        return jdbc.sql("SELECT handle_id FROM stage_handle WHERE janus_session = :s AND detached_at IS NULL")
                .param("s", session).query(Long.class).list();
    }

    int openHandles(long eventId, String person) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM stage_handle
                        WHERE event_id = :event AND person = :person AND detached_at IS NULL""")
                .param("event", eventId).param("person", person).query(Integer.class).single();
    }

    Optional<Long> eventOfHandle(long handleId) {
        return jdbc.sql("SELECT event_id FROM stage_handle WHERE handle_id = :h").param("h", handleId)
                .query(Long.class).optional();
    }

    void sample(long eventId, long handleId, Instant at, String media, long bytesIn, long bytesOut, long packetsIn,
                long lostIn, long lostByRemote) {
        jdbc.sql("""
                        INSERT INTO stage_media_sample (event_id, handle_id, sampled_at, media, bytes_in_sec,
                                                        bytes_out_sec, packets_in, lost_in, lost_by_remote)
                        VALUES (:event, :h, :at, :media, :in, :out, :packets, :lost, :lostRemote)""")
                .param("event", eventId).param("h", handleId).param("at", utc(at)).param("media", media)
                .param("in", bytesIn).param("out", bytesOut).param("packets", packetsIn).param("lost", lostIn)
                .param("lostRemote", lostByRemote).update();
    }

    private static Handle handle(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Handle(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                StageRole.valueOf(rs.getString(5)));
    }

    private static OffsetDateTime utc(Instant at) {
        return Times.utc(at);
    }
}
