package nl.dialoog.room.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An event stream ends as soon as its reader is gone, in a quiet room too: the server writes to it now and then,
 * so a closed browser stops counting as present and holds nothing open; and every open stream ends when the server
 * stops, so that no stream holds the shutdown for its grace period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoomStreamEndTests {

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    RoomHub hub;

    @Autowired
    Presence presence;

    @Test
    void aStreamWhoseReaderWentAwayEndsAndItsVisitWithIt() throws Exception {
        EventView event = fixture.openEvent();
        try (Socket reader = openStream(fixture.attendee(event, "Ama").pass())) {
            awaitUntil(() -> presence.count(event.id().value()) == 1, Duration.ofSeconds(10));
        }

        // nothing happens in the room: only the server's own writes can show that the reader is gone
        // the connection's end closes its visit
        awaitUntil(() -> presence.count(event.id().value()) == 0, Duration.ofSeconds(30));
    }

    @Test
    void everyOpenStreamEndsWhenTheServerStops() throws Exception {
        EventView event = fixture.openEvent();
        try (Socket reader = openStream(fixture.attendee(event, "Juan").pass())) {
            awaitUntil(() -> presence.count(event.id().value()) == 1, Duration.ofSeconds(10));

            hub.stop();
            try {
                reader.setSoTimeout(10_000);
                InputStream in = reader.getInputStream();
                byte[] buffer = new byte[8192];
                int n;
                do {
                    n = in.read(buffer);
                } while (n > 0 && !new String(buffer, 0, n, StandardCharsets.ISO_8859_1).endsWith("0\r\n\r\n"));
            } finally {
                hub.start();
            }
        }
        awaitUntil(() -> presence.count(event.id().value()) == 0, Duration.ofSeconds(10));
    }

    private Socket openStream(String pass) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write(("GET /room/stream?lang=en&pass=" + URLEncoder.encode(pass, StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        socket.setSoTimeout(10_000);
        StringBuilder received = new StringBuilder();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        while (!received.toString().contains("snapshot")) {
            int n = in.read(buffer);
            assertThat(n).as("the stream's first event; got " + received).isPositive();
            received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return socket;
    }

    private static void awaitUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still not so after " + limit).isLessThan(until);
            Thread.sleep(100);
        }
    }
}
