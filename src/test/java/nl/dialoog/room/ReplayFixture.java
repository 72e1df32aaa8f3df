package nl.dialoog.room;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import nl.dialoog.event.EventView;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A recorded session for replay tests: a 12-second WebM made by ffmpeg (picture and tone) stored as the event's
 * ready recording, begun {@code startedAt}, and chat and questions written into the room at chosen seconds after
 * it. The recording pipeline itself is tested by the stage's RecordingTests; this is only the page's input.
 */
final class ReplayFixture {

    static final int SECONDS = 12;

    private final JdbcClient jdbc;
    private final Path folder;

    ReplayFixture(JdbcClient jdbc, Path folder) {
        this.jdbc = jdbc;
        this.folder = folder;
    }

    Instant recorded(EventView event) throws Exception {
        Path target = folder.resolve("event-" + event.id().value());
        Files.createDirectories(target);
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10", "-f", "lavfi", "-i", "sine=frequency=440",
                "-t", String.valueOf(SECONDS), "-c:v", "libvpx", "-b:v", "200k", "-c:a", "libopus",
                target.resolve("recording.webm").toString()).redirectErrorStream(true).start();
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            throw new IllegalStateException("ffmpeg: " + new String(ffmpeg.getInputStream().readAllBytes()));
        }
        Instant started = Instant.now().minusSeconds(600);
        jdbc.sql("""
                        INSERT INTO stage_recording (event_id, state, started_at, stopped_at, file_name, file_bytes,
                                                     duration_ms)
                        VALUES (:event, 'READY', :start, :stop, 'recording.webm', :bytes, :ms)""")
                .param("event", event.id().value()).param("start", started.atOffset(ZoneOffset.UTC))
                .param("stop", started.plusSeconds(SECONDS).atOffset(ZoneOffset.UTC))
                .param("bytes", Files.size(target.resolve("recording.webm"))).param("ms", SECONDS * 1000L).update();
        return started;
    }

    void chat(EventView event, RoomDoor by, Instant at, String body) {
        jdbc.sql("""
                        INSERT INTO room_chat_message (event_id, participant_id, body, created_at)
                        VALUES (:event, :p, :body, :at)""")
                .param("event", event.id().value()).param("p", by.participantId()).param("body", body)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    void question(EventView event, RoomDoor by, Instant at, String body) {
        jdbc.sql("""
                        INSERT INTO room_question (event_id, participant_id, body, state, created_at)
                        VALUES (:event, :p, :body, 'OPEN', :at)""")
                .param("event", event.id().value()).param("p", by.participantId()).param("body", body)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }
}
