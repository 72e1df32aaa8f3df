package nl.dialoog.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.dialoog.event.EventId;
import nl.dialoog.shared.Audit;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.JanusFailure;
import nl.dialoog.stage.janus.RoomMedia;
import nl.dialoog.stage.janus.VideoRooms;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording an event's stage: the moderator switches Janus's recording of the VideoRoom on and off (Janus writes
 * .mjr files into the event's folder under {@code dialoog.stage.recording.folder}); stopping, or closing the stage,
 * leaves the recording for {@link RecordingJob}, which makes the playable file. Uses its own Janus control session
 * so the stage's facade and this stay independent. Runs inside the caller's transaction (the facade's).
 */
@Service
class Recordings {

    private final RecordingStore store;
    private final StageStore stages;
    private final StageSettings settings;
    private final Audit audit;
    private final Clock clock;
    private final VideoRooms rooms;
    private final RoomMedia media;

    Recordings(RecordingStore store, StageStore stages, StageSettings settings, Audit audit, Clock clock,
               JsonMapper json) {
        this.store = store;
        this.stages = stages;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        StageSettings.Janus janus = settings.janus();
        if (janus.configured()) {
            JanusEndpoint endpoint = janus.endpoint();
            this.rooms = new VideoRooms(endpoint, json);
            this.media = new RoomMedia(rooms, endpoint);
        } else {
            this.rooms = null;
            this.media = null;
        }
    }

    void start(EventId event, StagePerson by, StageRole role) {
        StageStore.Row row = openStage(event, role);
        Path raw = folder(event).resolve("raw");
        try {
            Files.createDirectories(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            media.record(row.room(), row.secret(), raw, true);
        } catch (JanusFailure failure) {
            throw unavailable(failure);
        }
        store.started(event.value(), clock.instant());
        audit.recordAs(by.key(), "stage.recording.started", "event:" + event.value(), raw.toString());
    }

    void stop(EventId event, StagePerson by, StageRole role) {
        StageStore.Row row = openStage(event, role);
        try {
            media.record(row.room(), row.secret(), null, false);
        } catch (JanusFailure failure) {
            throw unavailable(failure);
        }
        if (store.stopped(event.value(), clock.instant())) {
            audit.recordAs(by.key(), "stage.recording.stopped", "event:" + event.value(), null);
        }
    }

    /** The stage closed: Janus closed its files with the room; what was recording waits for processing. */
    void stageClosed(EventId event) {
        if (store.stopped(event.value(), clock.instant())) {
            audit.record("stage.recording.stopped", "event:" + event.value(), "stage closed");
        }
    }

    Optional<RecordingView> view(EventId event) {
        return store.find(event.value());
    }

    /** The playable file, once ready. */
    Optional<Path> file(EventId event) {
        return store.fileName(event.value()).map(name -> folder(event).resolve(name)).filter(Files::isRegularFile);
    }

    Path folder(EventId event) {
        return settings.recording().folder().resolve("event-" + event.value());
    }

    private StageStore.Row openStage(EventId event, StageRole role) {
        if (rooms == null) {
            throw new StageRefused(null, "stage.notConfigured");
        }
        if (role != StageRole.MODERATOR) {
            throw new StageRefused(null, "stage.recording.notAllowed");
        }
        StageStore.Row row = stages.lock(event.value());
        if (!row.open()) {
            throw new StageRefused(null, "stage.notOpen");
        }
        return row;
    }

    private static StageRefused unavailable(JanusFailure failure) {
        org.slf4j.LoggerFactory.getLogger(Recordings.class).warn("Janus refused a recording request: {}",
                failure.getMessage());
        return new StageRefused(null, "stage.janusUnavailable");
    }
}
