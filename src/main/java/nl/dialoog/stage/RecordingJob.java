package nl.dialoog.stage;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.dialoog.event.EventId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the playable file of each stopped recording, one at a time on a thread of its own (janus-pp-rec and
 * ffmpeg run for seconds to minutes; no request and no other scheduled job waits for them). A recording is
 * claimed in the database first, so with several Dialoog nodes only one processes it. The outcome — the file, or
 * why it failed — is stored for organisers to see.
 */
@Component
class RecordingJob implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RecordingJob.class);

    private final RecordingStore store;
    private final Recordings recordings;
    private final RecordingProcessor processor;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "stage-recording");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();

    RecordingJob(RecordingStore store, Recordings recordings, StageSettings settings, Clock clock, JsonMapper json) {
        this.store = store;
        this.recordings = recordings;
        this.processor = new RecordingProcessor(settings.recording().timeout(), json);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dialoog.stage.recording.poll:PT5S}", initialDelayString = "${dialoog.stage.recording.poll:PT5S}")
    void run() {
        if (started.compareAndSet(false, true)) {
            // a processing interrupted by a stop of Dialoog starts over
            store.unclaimAll();
        }
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(this::processWaiting);
        } catch (RuntimeException rejected) {
            busy.set(false);
        }
    }

    private void processWaiting() {
        try {
            for (long eventId : store.waiting()) {
                if (store.claim(eventId)) {
                    process(new EventId(eventId));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Recording job failed; it tries again at its next run", e);
        } finally {
            busy.set(false);
        }
    }

    void process(EventId event) {
        try {
            RecordingProcessor.Result result = processor.process(recordings.folder(event));
            store.ready(event.value(), result.file().getFileName().toString(), result.bytes(), result.durationMs(),
                    clock.instant());
            log.info("Recording of event {} is ready: {} ({} ms)", event.value(), result.file(), result.durationMs());
        } catch (RecordingProcessor.Failed failed) {
            store.failed(event.value(), failed.getMessage(), clock.instant());
            log.warn("Recording of event {} failed: {}", event.value(), failed.getMessage());
        } catch (IOException | RuntimeException e) {
            store.failed(event.value(), e.toString(), clock.instant());
            log.warn("Recording of event {} failed", event.value(), e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
