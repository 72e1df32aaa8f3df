package nl.dialoog.room.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.shared.FormSecret;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room where WebSockets are blocked: frames as Server-Sent Events, commands as POSTs, both with the pass; what
 * is posted reaches stream and socket readers alike, and a stream resumes from the number it was given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoomStreamTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    FormSecret secret;

    @Autowired
    RoomSettings settings;

    @Autowired
    ParticipantStore participants;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMessagePostedOverHttpReachesAStreamReaderAndASocketReader() throws Exception {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        try (Stream stream = open(fixture.attendee(event, "Juan").pass(), 0);
             RoomClient socket = RoomClient.connect(port, fixture.attendee(event, "Kofi").pass(), 0)) {
            stream.await(frame -> RoomClient.kind(frame).equals("snapshot"));
            socket.awaitKind("snapshot");

            HttpResponse<String> answer = post(ama.pass(), "{\"type\":\"chat.post\",\"ref\":\"p1\",\"text\":\"over POST\"}");

            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode ack = JSON.readTree(answer.body());
            assertThat(RoomClient.kind(ack)).isEqualTo("ack");
            assertThat(ack.path("data").path("ref").asString()).isEqualTo("p1");
            assertThat(text(stream.await(RoomStreamTests::isChat))).isEqualTo("over POST");
            assertThat(text(socket.await(RoomStreamTests::isChat))).isEqualTo("over POST");
        }
    }

    @Test
    void aStreamResumesFromTheNumberItIsGiven() throws Exception {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        RoomDoor juan = fixture.attendee(event, "Juan");
        post(ama.pass(), "{\"type\":\"chat.post\",\"ref\":\"0\",\"text\":\"seen before\"}");
        long seen;
        try (Stream first = open(juan.pass(), 0)) {
            seen = first.await(frame -> RoomClient.kind(frame).equals("snapshot")).path("data").path("seq").asLong();
        }
        post(ama.pass(), "{\"type\":\"chat.post\",\"ref\":\"1\",\"text\":\"missed 1\"}");
        post(ama.pass(), "{\"type\":\"chat.post\",\"ref\":\"2\",\"text\":\"missed 2\"}");

        try (Stream back = open(juan.pass(), seen)) {
            back.await(frame -> RoomClient.kind(frame).equals("resumed"));

            assertThat(back.frames()).noneMatch(frame -> RoomClient.kind(frame).equals("snapshot"));
            assertThat(back.frames()).filteredOn(RoomStreamTests::isChat).extracting(RoomStreamTests::text)
                    .containsExactly("missed 1", "missed 2");
            assertThat(back.frames()).filteredOn(RoomStreamTests::isChat)
                    .extracting(frame -> frame.path("seq").asLong()).containsExactly(seen + 1, seen + 2);
        }
    }

    @Test
    void refusesAForgedOrExpiredPassOnTheStreamAndOnPost() throws Exception {
        EventView event = fixture.openEvent();
        RoomDoor ama = fixture.attendee(event, "Ama");
        String forged = ama.pass().substring(0, ama.pass().lastIndexOf('.') + 1) + "AAAA";
        Clock yesterday = Clock.fixed(Instant.now().minus(settings.passValidity()).minus(Duration.ofMinutes(1)),
                ZoneOffset.UTC);
        String expired = new RoomPasses(secret, yesterday, settings)
                .issue(participants.find(ama.participantId()).orElseThrow());
        String chat = "{\"type\":\"chat.post\",\"ref\":\"x\",\"text\":\"should not appear\"}";

        for (String pass : List.of(forged, expired, "")) {
            assertThat(http.send(streamRequest(pass, 0), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as("stream with pass '%s'", pass).isEqualTo(403);
            HttpResponse<String> answer = post(pass, chat);
            assertThat(answer.statusCode()).as("POST with pass '%s'", pass).isEqualTo(403);
            assertThat(answer.body()).doesNotContain("ack");
        }
        try (Stream fresh = open(ama.pass(), 0)) {
            JsonNode snapshot = fresh.await(frame -> RoomClient.kind(frame).equals("snapshot"));
            assertThat(snapshot.path("data").path("chat")).isEmpty();
        }
    }

    private HttpResponse<String> post(String pass, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/room/commands?lang=en"))
                .header("X-Room-Pass", pass)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest streamRequest(String pass, long since) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/room/stream?lang=en&since=" + since
                        + "&pass=" + URLEncoder.encode(pass, StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream")
                .build();
    }

    private Stream open(String pass, long since) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(streamRequest(pass, since),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return new Stream(response.body());
    }

    private static boolean isChat(JsonNode frame) {
        return RoomClient.kind(frame).equals("chat.posted");
    }

    private static String text(JsonNode frame) {
        return frame.path("data").path("text").asString();
    }

    /** An SSE reader: each {@code data:} line is a batch (a JSON array) of frames. */
    private static final class Stream implements AutoCloseable {

        private final InputStream body;
        private final List<JsonNode> frames = new ArrayList<>();

        Stream(InputStream body) {
            this.body = body;
            Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        JsonNode batch = JSON.readTree(line.substring(5).strip());
                        synchronized (this) {
                            batch.forEach(frames::add);
                            notifyAll();
                        }
                    }
                }
            } catch (IOException closed) {
                // the test closed the stream
            }
        }

        synchronized List<JsonNode> frames() {
            return List.copyOf(frames);
        }

        synchronized JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                for (JsonNode frame : frames) {
                    if (wanted.test(frame)) {
                        return frame;
                    }
                }
                long left = until - System.nanoTime();
                assertThat(left).as("frame not received; got " + frames).isPositive();
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
