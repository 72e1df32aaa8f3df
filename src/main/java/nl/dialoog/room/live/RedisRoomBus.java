package nl.dialoog.room.live;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bus across nodes: Redis pub/sub on one channel that all nodes share ({@code dialoog.room.redis-channel}).
 * One channel rather than one per room: a node serving a live event has clients in nearly every active room anyway,
 * a node drops a message for a room it has no clients in at the cost of a map look-up, and there is no
 * subscribe-while-a-client-joins race to get wrong. A message goes to this node's own hub directly (also while
 * Redis is away) and to the others through Redis; a node skips its own messages when Redis brings them back, so
 * nothing arrives twice.
 * <p>
 * Redis pub/sub may lose messages (a node reconnecting, Redis restarting). That is allowed here: every logged entry
 * is in the database before it is published, and each hub reads from the log what the bus has not brought (a gap
 * within a tick, a missing last entry within a second). While Redis is away the bus logs and keeps trying;
 * Lettuce reconnects and subscribes again by itself.
 */
@Component
@ConditionalOnProperty(name = "dialoog.room.bus", havingValue = "redis")
class RedisRoomBus implements RoomBus, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisRoomBus.class);
    private static final long COMPLAINT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final List<Consumer<BusMessage>> listeners = new CopyOnWriteArrayList<>();
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final String channel;
    private final JsonMapper json;
    private final RedisClient client;
    private final ScheduledExecutorService connector = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("room-redis-connect").daemon().factory());
    private final AtomicLong lastComplaint = new AtomicLong(System.nanoTime() - COMPLAINT_NANOS);
    private volatile StatefulRedisConnection<String, String> publisher;
    private volatile StatefulRedisPubSubConnection<String, String> subscriber;
    private volatile boolean stopped;

    RedisRoomBus(RoomSettings settings, JsonMapper json) {
        this.channel = settings.redisChannel();
        this.json = json;
        RedisURI uri = RedisURI.create(settings.redisUrl());
        uri.setTimeout(Duration.ofSeconds(5));
        this.client = RedisClient.create(uri);
        // while Redis is away, publishing fails at once instead of piling up in memory: the log has everything
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> connection, java.net.SocketAddress address) {
                log.info("room bus: connected to Redis at {}", address);
            }

            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                if (!stopped) {
                    log.warn("room bus: lost Redis at {}; reconnecting (rooms on this node go on, other nodes "
                            + "catch up from the log)", uri.getHost() + ":" + uri.getPort());
                }
            }
        });
        connect(uri);
    }

    @Override
    public void publish(BusMessage message) {
        listeners.forEach(listener -> listener.accept(message));
        StatefulRedisConnection<String, String> connection = publisher;
        if (connection == null) {
            complain("not connected to Redis yet", null);
            return;
        }
        String text = encode(message);
        try {
            connection.async().publish(channel, text).exceptionally(failure -> {
                complain("could not publish to Redis", failure);
                return 0L;
            });
        } catch (RuntimeException failure) {
            complain("could not publish to Redis", failure);
        }
    }

    @Override
    public void subscribe(Consumer<BusMessage> listener) {
        listeners.add(listener);
    }

    /** Connects now, or keeps trying every two seconds in the background if Redis is not there yet. */
    private void connect(RedisURI uri) {
        StatefulRedisPubSubConnection<String, String> subscription = null;
        try {
            subscription = client.connectPubSub();
            subscription.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String text) {
                    receive(text);
                }
            });
            subscription.sync().subscribe(channel);
            subscriber = subscription;
            publisher = client.connect();
            log.info("room bus: Redis pub/sub on channel '{}' at {}:{}, node {}", channel, uri.getHost(),
                    uri.getPort(), node);
        } catch (RuntimeException unreachable) {
            if (subscription != null && subscriber == null) {
                subscription.closeAsync();
            }
            closeQuietly();
            if (stopped) {
                return;
            }
            log.warn("room bus: Redis at {}:{} not reachable ({}); trying again in 2 s", uri.getHost(), uri.getPort(),
                    unreachable.getMessage());
            connector.schedule(() -> connect(uri), 2, TimeUnit.SECONDS);
        }
    }

    private void receive(String text) {
        BusMessage message;
        try {
            JsonNode body = json.readTree(text);
            if (node.equals(body.path("n").asString(""))) {
                return;
            }
            message = decode(body);
        } catch (RuntimeException garbled) {
            log.warn("room bus: ignored an unreadable message from Redis", garbled);
            return;
        }
        if (message != null) {
            listeners.forEach(listener -> listener.accept(message));
        }
    }

    String encode(BusMessage message) {
        ObjectNode body = json.createObjectNode();
        body.put("n", node);
        body.put("e", message.eventId());
        switch (message) {
            case BusMessage.Logged logged -> {
                RoomEntry entry = logged.entry();
                body.put("t", "L");
                body.put("s", entry.seq());
                body.put("k", entry.kind());
                body.put("p", entry.publicFrame());
                body.put("f", entry.staffFrame());
            }
            case BusMessage.Direct direct -> {
                body.put("t", "D");
                body.put("i", direct.participantId());
                body.put("f", direct.frame());
                body.put("x", direct.then().name());
            }
            case BusMessage.Ephemeral ephemeral -> {
                body.put("t", "E");
                body.put("f", ephemeral.frame());
                if (ephemeral.audience() == Audience.STAFF) {
                    body.put("a", "S");
                }
            }
        }
        return json.writeValueAsString(body);
    }

    static BusMessage decode(JsonNode body) {
        long eventId = body.path("e").asLong();
        return switch (body.path("t").asString("")) {
            case "L" -> new BusMessage.Logged(new RoomEntry(eventId, body.path("s").asLong(), body.path("k").asString(),
                    text(body, "p"), text(body, "f")));
            case "D" -> new BusMessage.Direct(eventId, body.path("i").asLong(), text(body, "f"),
                    then(body.path("x").asString("")));
            case "E" -> new BusMessage.Ephemeral(eventId, text(body, "f"),
                    "S".equals(body.path("a").asString("")) ? Audience.STAFF : Audience.EVERYONE);
            default -> null;
        };
    }

    private static BusMessage.Then then(String name) {
        try {
            return BusMessage.Then.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return BusMessage.Then.STAY;
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Logs a failure to publish at most every ten seconds: one outage should not flood the log. */
    private void complain(String what, Throwable failure) {
        long now = System.nanoTime();
        long last = lastComplaint.get();
        if (now - last >= COMPLAINT_NANOS && lastComplaint.compareAndSet(last, now)) {
            log.warn("room bus: {} ({}); other nodes read what they miss from the room log", what,
                    failure == null ? "no connection" : failure.getMessage());
        }
    }

    private void closeQuietly() {
        try {
            if (subscriber != null) {
                subscriber.close();
            }
            if (publisher != null) {
                publisher.close();
            }
        } catch (RuntimeException ignored) {
            // closing what never fully opened
        }
        subscriber = null;
        publisher = null;
    }

    @Override
    public void destroy() {
        stopped = true;
        connector.shutdownNow();
        closeQuietly();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
