package nl.dialoog.stage.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.stage.RecordingState;
import nl.dialoog.stage.RecordingView;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.StagePerson;
import nl.dialoog.stage.StageRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Recording with real media: a panelist publishes camera and microphone from the room page (Chromium with fake
 * devices and Janus in a network namespace), the moderator records the stage for a few seconds, and the
 * background job's file holds video and audio of about that length (read with ffprobe).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageRecordingMediaTests {

    @RegisterExtension
    static final MediaNamespace MEDIA = new MediaNamespace();

    static final Path FOLDER = folder();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        MEDIA.settings(properties);
        properties.add("dialoog.stage.recording.folder", FOLDER::toString);
        properties.add("dialoog.stage.recording.poll", () -> "PT0.5S");
    }

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Stage stage;

    @Test
    void aRecordedSessionYieldsAPlayableFileWithVideoAndAudioOfTheRecordedLength() throws Exception {
        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        StagePerson moderator = StagePerson.participant(fixture.host(event).participantId());
        try (MediaBrowser panelist = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port)) {
            goOnCamera(panelist, event, "Dr. Ngozi Okafor");
            // the publisher's media reaches Janus before recording starts, so the file begins with picture
            Thread.sleep(3000);

            stage.startRecording(event.id(), moderator, StageRole.MODERATOR);
            Thread.sleep(6000);
            stage.stopRecording(event.id(), moderator, StageRole.MODERATOR);
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> stage.recording(event.id())
                .filter(r -> r.state() == RecordingState.READY || r.state() == RecordingState.FAILED).isPresent());
        RecordingView recording = stage.recording(event.id()).orElseThrow();
        assertThat(recording.state()).as(String.valueOf(recording.failure())).isEqualTo(RecordingState.READY);
        Path file = FOLDER.resolve("event-" + event.id().value()).resolve(
                recording.fileType().equals("video/mp4") ? "recording.mp4" : "recording.webm");
        assertThat(ffprobe(file, "stream=codec_type")).contains("video", "audio");
        assertThat(Double.parseDouble(ffprobe(file, "format=duration").trim())).isBetween(4.0, 8.5);
    }

    private void goOnCamera(MediaBrowser panelist, EventView event, String name) {
        StagePage.goOnCamera(MEDIA.site(port), RoomClient.connect(port, fixture.host(event).pass(), 0), panelist, name);
    }

    private static String ffprobe(Path file, String entries) throws Exception {
        Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", entries, "-of", "csv=p=0",
                file.toString()).redirectErrorStream(true).start();
        assertThat(probe.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(probe.getInputStream().readAllBytes());
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("dialoog-recorded-media-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
