package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import nl.dialoog.event.EventView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The head count follows arrivals and departures at once, not at the next presence heartbeat (every five seconds):
 * the wait below is shorter than that heartbeat, so a count that only the heartbeat sends fails it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HeadCountTests {

    private static final long SOONER_THAN_A_HEARTBEAT_MILLIS = 3_000;

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Test
    void theHeadCountFollowsSomeoneArrivingAndLeaving() {
        EventView event = fixture.openEvent();
        try (RoomClient ama = RoomClient.connect(port, fixture.attendee(event, "Ama").pass(), 0)) {
            ama.awaitKind("snapshot");
            awaitCount(ama, 1);
            try (RoomClient juan = RoomClient.connect(port, fixture.attendee(event, "Juan").pass(), 0)) {
                juan.awaitKind("snapshot");
                awaitCount(ama, 2);
            }
            awaitCount(ama, 1);
        }
    }

    /** Waits for the latest count the client knows (snapshot or presence frame) to be {@code count}. */
    private static void awaitCount(RoomClient client, int count) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SOONER_THAN_A_HEARTBEAT_MILLIS);
        while (latestCount(client) != count) {
            assertThat(System.nanoTime()).as("head count %d not shown; frames %s", count, client.frames())
                    .isLessThan(until);
            RoomBrowserTests.sleep(java.time.Duration.ofMillis(50));
        }
    }

    private static int latestCount(RoomClient client) {
        int latest = -1;
        for (JsonNode frame : client.frames()) {
            switch (RoomClient.kind(frame)) {
                case "snapshot" -> latest = frame.path("data").path("presence").asInt();
                case "presence" -> latest = frame.path("data").path("count").asInt();
                default -> { }
            }
        }
        return latest;
    }
}
