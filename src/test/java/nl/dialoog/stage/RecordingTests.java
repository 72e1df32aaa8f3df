package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.VideoRooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording the stage against a real Janus: the moderator switches the VideoRoom's recording on and off (read back
 * from Janus's own room list), nobody else may, and a stopped recording becomes one playable file made by
 * janus-pp-rec and ffmpeg in the background — from .mjr files that Janus itself wrote (see {@link JanusTracks}),
 * checked with ffprobe — which the event's organisers, and only they, can play with Range requests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecordingTests {

    @RegisterExtension
    static final JanusServer JANUS = new JanusServer();

    static final Path FOLDER = temporaryFolder();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        JANUS.settings(properties);
        properties.add("dialoog.stage.recording.folder", FOLDER::toString);
        properties.add("dialoog.stage.recording.poll", () -> "PT0.2S");
        properties.add("dialoog.stage.recording.timeout", () -> "PT60S");
    }

    @Autowired
    Stage stage;

    @Autowired
    RoomFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theModeratorStartsAndStopsJanusRecordingIntoTheEventsFolder() {
        EventId event = openStage();
        long room = stage.view(event).room();

        stage.startRecording(event, StagePerson.participant(1), StageRole.MODERATOR);

        var described = janusRooms().describe(room).orElseThrow();
        assertThat(described.path("record").asBoolean()).isTrue();
        assertThat(described.path("rec_dir").asString()).isEqualTo(FOLDER.resolve("event-" + event.value() + "/raw").toString());
        assertThat(stage.recording(event).orElseThrow().state()).isEqualTo(RecordingState.RECORDING);
        assertThat(audited(event, "stage.recording.started")).isEqualTo("participant:1");

        stage.stopRecording(event, StagePerson.participant(1), StageRole.MODERATOR);

        assertThat(janusRooms().describe(room).orElseThrow().path("record").asBoolean()).isFalse();
        assertThat(audited(event, "stage.recording.stopped")).isEqualTo("participant:1");
    }

    @Test
    void nobodyButTheModeratorRecordsAndNothingIsRecordedForThem() {
        EventId event = openStage();

        for (StageRole role : new StageRole[] {StageRole.PANELIST, StageRole.ATTENDEE}) {
            assertThatThrownBy(() -> stage.startRecording(event, StagePerson.participant(2), role))
                    .isInstanceOfSatisfying(StageRefused.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("stage.recording.notAllowed"));
        }
        assertThat(janusRooms().describe(stage.view(event).room()).orElseThrow().path("record").asBoolean()).isFalse();
        assertThat(stage.recording(event)).isEmpty();
    }

    @Test
    void aStoppedRecordingBecomesOnePlayableFileWithVideoAndAudioOfTheRecordedLength() throws Exception {
        EventId event = openStage();
        stage.startRecording(event, StagePerson.participant(1), StageRole.MODERATOR);
        new JanusTracks(JANUS).record(FOLDER.resolve("event-" + event.value() + "/raw"), 3);

        stage.stopRecording(event, StagePerson.participant(1), StageRole.MODERATOR);

        RecordingView ready = awaitProcessed(event);
        assertThat(ready.state()).as(ready.failure() == null ? "" : ready.failure()).isEqualTo(RecordingState.READY);
        assertThat(ready.fileType()).isEqualTo("video/webm");
        Path file = FOLDER.resolve("event-" + event.value() + "/recording.webm");
        assertThat(ffprobe(file, "stream=codec_type")).contains("video", "audio");
        double seconds = Double.parseDouble(ffprobe(file, "format=duration").trim());
        assertThat(seconds).isBetween(2.5, 4.0);
        assertThat(ready.durationMs()).isBetween(2500L, 4000L);
    }

    @Test
    void aRecordingThatCannotBeProcessedSaysWhy() throws Exception {
        EventId event = openStage();
        stage.startRecording(event, StagePerson.participant(1), StageRole.MODERATOR);
        Path raw = FOLDER.resolve("event-" + event.value() + "/raw");
        Files.write(raw.resolve("videoroom-1-user-2-3-video-0.mjr"), new byte[4096]);

        stage.stopRecording(event, StagePerson.participant(1), StageRole.MODERATOR);

        RecordingView failed = awaitProcessed(event);
        assertThat(failed.state()).isEqualTo(RecordingState.FAILED);
        assertThat(failed.failure()).contains("janus-pp-rec");
        assertThat(stage.recordingFile(event, fixture.organiser())).isEmpty();
    }

    @Test
    void organisersPlayTheRecordingWithRangeRequestsAndOthersDoNot() throws Exception {
        EventView shown = fixture.openEvent();
        EventId event = shown.id();
        stage.openStage(event);
        stage.startRecording(event, StagePerson.participant(1), StageRole.MODERATOR);
        new JanusTracks(JANUS).record(FOLDER.resolve("event-" + event.value() + "/raw"), 2);
        stage.stopRecording(event, StagePerson.participant(1), StageRole.MODERATOR);
        assertThat(awaitProcessed(event).state()).isEqualTo(RecordingState.READY);
        String uri = "/organiser/events/" + event.value() + "/stage/recording";
        String organiser = fixture.organiser().email();

        assertThat(mvc.get().uri(uri).with(user(organiser).roles("ORGANISER")).header("Range", "bytes=0-99"))
                .hasStatus(206).headers().hasValue("Content-Range", "bytes 0-99/"
                        + Files.size(FOLDER.resolve("event-" + event.value() + "/recording.webm")));
        assertThat(mvc.get().uri(uri + "?download=true").with(user(organiser).roles("ORGANISER")))
                .hasStatusOk().hasContentType("video/webm").headers()
                .hasValue("Content-Disposition", "attachment; filename=\"event-" + event.value() + "-recording.webm\"");
        assertThat(mvc.get().uri(uri)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(uri).with(user(organiserElsewhere()).roles("ORGANISER"))).hasStatus(404);
    }

    private String organiserElsewhere() {
        String email = "elsewhere-" + java.util.UUID.randomUUID() + "@example.org";
        var now = java.time.OffsetDateTime.now();
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Elsewhere', :now)").param("now", now).update();
        long organisation = jdbc.sql("SELECT MAX(id) FROM organisation").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO account (organisation_id, email, display_name, password_hash, role, enabled, created_at)
                        VALUES (:org, :email, 'Elsewhere', '{noop}x', 'ORGANISER', TRUE, :now)""")
                .param("org", organisation).param("email", email).param("now", now).update();
        return email;
    }

    private RecordingView awaitProcessed(EventId event) {
        await().atMost(Duration.ofSeconds(60)).until(() -> stage.recording(event)
                .filter(r -> r.state() == RecordingState.READY || r.state() == RecordingState.FAILED).isPresent());
        return stage.recording(event).orElseThrow();
    }

    private String audited(EventId event, String action) {
        return jdbc.sql("SELECT actor FROM audit_entry WHERE action = :action AND subject = :subject")
                .param("action", action).param("subject", "event:" + event.value()).query(String.class).single();
    }

    private EventId openStage() {
        EventId event = fixture.openEvent().id();
        stage.openStage(event);
        return event;
    }

    private VideoRooms janusRooms() {
        return new VideoRooms(new JanusEndpoint(JANUS.api(), JANUS.admin(), JANUS.apiSecret(), JANUS.adminSecret(),
                JANUS.adminKey()), JsonMapper.builder().build());
    }

    private static String ffprobe(Path file, String entries) throws Exception {
        Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", entries, "-of", "csv=p=0",
                file.toString()).redirectErrorStream(true).start();
        assertThat(probe.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(probe.getInputStream().readAllBytes());
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("dialoog-recordings-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
