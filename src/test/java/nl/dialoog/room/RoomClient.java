package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A room client for tests, over a real WebSocket: it says hello with a pass, keeps every frame it receives in
 * order, and tracks the last log number the way the page's script does (skip seen, notice gaps).
 */
public final class RoomClient implements WebSocket.Listener, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<JsonNode> frames = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final AtomicInteger refs = new AtomicInteger();
    private volatile WebSocket socket;
    private volatile Integer closeCode;
    private long lastSeq;
    private int gaps;
    private int duplicates;

    public static RoomClient connect(int port, String pass, long since) {
        return connect(port, pass, since, "en");
    }

    /** Connects with the page's language {@code lang}, in which the room words its refusals. */
    public static RoomClient connect(int port, String pass, long since, String lang) {
        RoomClient client = new RoomClient();
        client.lastSeq = since;
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", "http://localhost:" + port)
                .buildAsync(URI.create("ws://localhost:" + port + "/room/socket"), client)
                .join();
        client.sendRaw("{\"type\":\"hello\",\"pass\":\"" + pass + "\",\"since\":" + since + ",\"lang\":\"" + lang + "\"}");
        return client;
    }

    /** Sends a command and returns its ref. */
    public String send(String type, String fieldsJson) {
        String ref = "t" + refs.incrementAndGet();
        String body = fieldsJson == null || fieldsJson.isBlank() ? "" : "," + fieldsJson;
        sendRaw("{\"type\":\"" + type + "\",\"ref\":\"" + ref + "\"" + body + "}");
        return ref;
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** The acknowledgement or error frame answering {@code ref}. */
    public JsonNode answer(String ref) {
        return await(frame -> ("ack".equals(kind(frame)) || "error".equals(kind(frame)))
                && ref.equals(frame.path("data").path("ref").asString("")));
    }

    public JsonNode await(Predicate<JsonNode> wanted) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (this) {
            while (true) {
                for (JsonNode frame : frames) {
                    if (wanted.test(frame)) {
                        return frame;
                    }
                }
                long left = until - System.nanoTime();
                assertThat(left).as("frame not received; got " + frames).isPositive();
                try {
                    wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    public JsonNode awaitKind(String kind) {
        return await(frame -> kind.equals(kind(frame)));
    }

    /** Waits until the socket is closed by the server and returns its close code. */
    public int awaitClose() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (this) {
            while (closeCode == null) {
                assertThat(System.nanoTime()).as("socket still open").isLessThan(until);
                try {
                    wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return closeCode;
        }
    }

    public synchronized List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    /** The logged frames of a kind, in the order received. */
    public synchronized List<JsonNode> logged(String kind) {
        return frames.stream().filter(frame -> frame.has("seq") && kind.equals(kind(frame))).toList();
    }

    public synchronized long lastSeq() {
        return lastSeq;
    }

    public synchronized int gaps() {
        return gaps;
    }

    public synchronized int duplicates() {
        return duplicates;
    }

    public static String kind(JsonNode frame) {
        return frame.path("kind").asString("");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode batch = JSON.readTree(partial.toString());
            partial.setLength(0);
            synchronized (this) {
                for (JsonNode frame : batch) {
                    track(frame);
                    frames.add(frame);
                }
                notifyAll();
            }
        }
        webSocket.request(1);
        return null;
    }

    private void track(JsonNode frame) {
        if ("snapshot".equals(kind(frame))) {
            lastSeq = frame.path("data").path("seq").asLong();
        } else if (frame.has("seq")) {
            long seq = frame.path("seq").asLong();
            if (seq <= lastSeq) {
                duplicates++;
            } else {
                if (seq > lastSeq + 1) {
                    gaps++;
                }
                lastSeq = seq;
            }
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        synchronized (this) {
            closeCode = statusCode;
            notifyAll();
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        synchronized (this) {
            closeCode = -1;
            notifyAll();
        }
    }

    @Override
    public void close() {
        if (closeCode == null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(failure -> null).join();
        }
        socket.abort();
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
