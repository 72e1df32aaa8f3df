package nl.dialoog.room.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One person costs the room no more than a person can: a few connections at once (two tabs and a phone), and a
 * bounded number of snapshots and replays per minute however often a client says hello or asks to resume. Over a
 * limit the client gets a {@code limited} frame with a translated reason and how long to wait, and is closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoomLimitsTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    RoomSettings settings;

    @Test
    void aPersonMayHoldAFewConnectionsAndOneMoreIsToldWhy() {
        EventView event = fixture.openEvent();
        String pass = fixture.attendee(event, "Ama").pass();
        List<RoomClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < settings.socketsPerPerson(); i++) {
                RoomClient client = RoomClient.connect(port, pass, 0);
                client.awaitKind("snapshot");
                open.add(client);
            }

            try (RoomClient oneMore = RoomClient.connect(port, pass, 0)) {
                JsonNode limited = oneMore.awaitKind("limited");

                assertThat(oneMore.awaitClose()).isEqualTo(4429);
                assertThat(limited.path("data").path("code").asString()).isEqualTo("room.error.tooManyConnections");
                assertThat(limited.path("data").path("message").asString()).contains("5 at most");
                assertThat(limited.path("data").path("retryAfter").asInt()).isPositive();
                assertThat(oneMore.frames()).noneMatch(frame -> RoomClient.kind(frame).equals("snapshot"));
            }

            open.removeFirst().close();
            try (RoomClient again = RoomClient.connect(port, pass, 0)) {
                again.awaitKind("snapshot");
            }
        } finally {
            open.forEach(RoomClient::close);
        }
    }

    @Test
    void aReconnectFloodGetsNoMoreSnapshotsThanTheConnectRateAllows() {
        EventView event = fixture.openEvent();
        String pass = fixture.attendee(event, "Juan").pass();
        int snapshots = 0;
        int limited = 0;

        for (int i = 0; i < 30; i++) {
            try (RoomClient client = RoomClient.connect(port, pass, 0)) {
                JsonNode first = client.await(frame -> RoomClient.kind(frame).equals("snapshot")
                        || RoomClient.kind(frame).equals("limited"));
                if (RoomClient.kind(first).equals("snapshot")) {
                    snapshots++;
                } else {
                    limited++;
                    assertThat(client.awaitClose()).isEqualTo(4429);
                }
            }
        }

        assertThat(snapshots).isLessThanOrEqualTo(settings.connectsPerMinute());
        assertThat(limited).isEqualTo(30 - snapshots);
    }

    @Test
    void aResumeFloodGetsNoMoreReplaysThanTheResumeRateAllowsAndIsClosed() {
        EventView event = fixture.openEvent();
        try (RoomClient client = RoomClient.connect(port, fixture.attendee(event, "Kofi").pass(), 0)) {
            client.awaitKind("snapshot");

            try {
                for (int i = 0; i < 40; i++) {
                    client.sendRaw("{\"type\":\"resume\",\"since\":" + client.lastSeq() + "}");
                }
            } catch (CompletionException closedMeanwhile) {
                // the server closed the socket while the flood was still being sent: what this test expects
            }

            JsonNode limited = client.awaitKind("limited");
            client.awaitClose();
            assertThat(limited.path("data").path("code").asString()).isEqualTo("room.error.reconnectingTooOften");
            long replays = client.frames().stream()
                    .filter(frame -> RoomClient.kind(frame).equals("snapshot")
                            || RoomClient.kind(frame).equals("resumed"))
                    .count();
            assertThat(replays).as("the first snapshot and the resumes allowed")
                    .isLessThanOrEqualTo(1 + settings.resumesPerMinute());
        }
    }
}
