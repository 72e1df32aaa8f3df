package nl.dialoog.stage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recordings' rows, one per event. */
@Repository
class RecordingStore {

    private final JdbcClient jdbc;

    RecordingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RecordingView> find(long eventId) {
        return jdbc.sql("""
                        SELECT event_id, state, started_at, stopped_at, file_name, file_bytes, duration_ms, failure
                        FROM stage_recording WHERE event_id = :event""")
                .param("event", eventId).query(RecordingStore::view).optional();
    }

    Optional<String> fileName(long eventId) {
        return jdbc.sql("SELECT file_name FROM stage_recording WHERE event_id = :event AND state = 'READY'")
                .param("event", eventId).query(String.class).optional();
    }

    /** Recording (again): the first start is kept, a new segment joins the same folder. */
    void started(long eventId, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE stage_recording SET state = 'RECORDING', stopped_at = NULL, failure = NULL
                        WHERE event_id = :event""")
                .param("event", eventId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO stage_recording (event_id, state, started_at) VALUES (:event, 'RECORDING', :at)")
                    .param("event", eventId).param("at", utc(at)).update();
        }
    }

    /** Recording → waiting for the job; false when it was not recording. */
    boolean stopped(long eventId, Instant at) {
        return jdbc.sql("""
                        UPDATE stage_recording SET state = 'STOPPED', stopped_at = :at
                        WHERE event_id = :event AND state = 'RECORDING'""")
                .param("at", utc(at)).param("event", eventId).update() == 1;
    }

    List<Long> waiting() {
        return jdbc.sql("SELECT event_id FROM stage_recording WHERE state = 'STOPPED' ORDER BY stopped_at")
                .query(Long.class).list();
    }

    /** Takes a waiting recording for processing; false when another node (or run) took it first. */
    boolean claim(long eventId) {
        return jdbc.sql("UPDATE stage_recording SET state = 'PROCESSING' WHERE event_id = :event AND state = 'STOPPED'")
                .param("event", eventId).update() == 1;
    }

    /** After a crash mid-processing: the job starts over. */
    int unclaimAll() {
        return jdbc.sql("UPDATE stage_recording SET state = 'STOPPED' WHERE state = 'PROCESSING'").update();
    }

    /** Done, unless recording started again meanwhile (then the next stop processes everything anew). */
    void ready(long eventId, String fileName, long bytes, long durationMs, Instant at) {
        jdbc.sql("""
                        UPDATE stage_recording SET state = 'READY', file_name = :file, file_bytes = :bytes,
                               duration_ms = :duration, failure = NULL, processed_at = :at
                        WHERE event_id = :event AND state = 'PROCESSING'""")
                .param("file", fileName).param("bytes", bytes).param("duration", durationMs).param("at", utc(at))
                .param("event", eventId).update();
    }

    void failed(long eventId, String failure, Instant at) {
        jdbc.sql("""
                        UPDATE stage_recording SET state = 'FAILED', failure = :failure, processed_at = :at
                        WHERE event_id = :event AND state = 'PROCESSING'""")
                .param("failure", failure.length() > 2000 ? failure.substring(0, 2000) : failure)
                .param("at", utc(at)).param("event", eventId).update();
    }

    private static RecordingView view(ResultSet rs, int n) throws SQLException {
        String file = rs.getString(5);
        String type = file == null ? null : file.endsWith(".mp4") ? "video/mp4" : "video/webm";
        return new RecordingView(rs.getLong(1), RecordingState.valueOf(rs.getString(2)), instant(rs, 3),
                instant(rs, 4), type, rs.getObject(6, Long.class), rs.getObject(7, Long.class), rs.getString(8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return Times.utc(at);
    }
}
