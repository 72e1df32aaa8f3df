package nl.dialoog.room.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.privacy.RegistrationPrivacy;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.room.Rooms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A registration that ends (cancelled by the person, erased) takes the person out of the room at once: the open
 * socket and event stream are told why and closed as refused, and the pass issued before stops opening anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationEndsTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationPrivacy privacy;

    @Autowired
    Rooms rooms;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCancelledRegistrationClosesTheSocketAndTheStreamAndItsPassNoLongerOpensOrPosts() throws Exception {
        EventView event = fixture.openEvent();
        RoomFixture.Registered ama = fixture.registered(event, "Ama Cancels");
        RoomDoor door = rooms.enterByJoinToken(ama.joinToken());
        try (RoomClient socket = RoomClient.connect(port, door.pass(), 0)) {
            socket.awaitKind("snapshot");
            CompletableFuture<String> stream = stream(door.pass());
            assertThat(RoomClient.kind(socket.answer(socket.send("chat.post", "\"text\":\"still here\""))))
                    .isEqualTo("ack");

            registrations.cancel(ama.manageToken());

            JsonNode told = socket.awaitKind("you.removed");
            assertThat(told.path("data").path("reason").asString()).isEqualTo("cancelled");
            assertThat(socket.awaitClose()).isEqualTo(4403);
            assertThat(stream.get(10, TimeUnit.SECONDS)).contains("you.removed").contains("cancelled");
        }
        assertRefused(door.pass());
    }

    @Test
    void anErasedRegistrationClosesTheSocketWithItsReasonAndItsPassNoLongerOpensOrPosts() throws Exception {
        EventView event = fixture.openEvent();
        RoomFixture.Registered juan = fixture.registered(event, "Juan Erases");
        RoomDoor door = rooms.enterByJoinToken(juan.joinToken());
        try (RoomClient socket = RoomClient.connect(port, door.pass(), 0)) {
            socket.awaitKind("snapshot");

            privacy.erase(juan.manageToken());

            JsonNode told = socket.awaitKind("you.removed");
            assertThat(told.path("data").path("reason").asString()).isIn("erased", "cancelled");
            assertThat(socket.awaitClose()).isEqualTo(4403);
        }
        assertRefused(door.pass());
    }

    private void assertRefused(String pass) throws Exception {
        try (RoomClient again = RoomClient.connect(port, pass, 0)) {
            assertThat(again.awaitClose()).isEqualTo(4403);
            assertThat(again.frames()).isEmpty();
        }
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/room/commands?lang=en"))
                .header("X-Room-Pass", pass).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"chat.post\",\"ref\":\"r\",\"text\":\"hi\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(403);
        HttpResponse<Void> stream = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/room/stream?lang=en&pass=" + URLEncoder.encode(pass, StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(stream.statusCode()).isEqualTo(403);
    }

    /** Reads an event stream to its end on a virtual thread; completes with everything it got once closed. */
    private CompletableFuture<String> stream(String pass) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/room/stream?lang=en&pass=" + URLEncoder.encode(pass, StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture<String> all = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            StringBuilder read = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    read.append(line).append('\n');
                }
                all.complete(read.toString());
            } catch (Exception failed) {
                all.completeExceptionally(failed);
            }
        });
        return all;
    }
}
