package nl.dialoog.stage;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dialoog.event.EventId;
import nl.dialoog.stage.janus.JanusAdmin;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.JanusFailure;
import nl.dialoog.stage.janus.Mountpoints;
import nl.dialoog.stage.janus.RoomMedia;
import nl.dialoog.stage.janus.VideoRooms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scaling the stage out beyond one Janus: each configured relay Janus gets a Streaming mountpoint per publisher of
 * the event's VideoRoom, which the first Janus feeds with {@code rtp_forward} (plain RTP to the relay's media
 * address). Watch-only attendees beyond {@code dialoog.stage.direct-audience} are spread over the relays by how
 * full each is, and get a Streaming token there. {@link #sync} runs again as publishers come (the housekeeping
 * job calls it), and closing the stage takes the mountpoints and tokens away.
 */
@Service
class Relays {

    private static final Logger log = LoggerFactory.getLogger(Relays.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String STREAMING = "janus.plugin.streaming";

    private record Instance(StageSettings.Relay settings, Mountpoints mountpoints, JanusAdmin admin) {
    }

    private final RelayStore store;
    private final StageStore stages;
    private final StageSettings settings;
    private final Clock clock;
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final RoomMedia media;

    Relays(RelayStore store, StageStore stages, StageSettings settings, Clock clock, JsonMapper json) {
        this.store = store;
        this.stages = stages;
        this.settings = settings;
        this.clock = clock;
        for (StageSettings.Relay relay : settings.relays()) {
            JanusEndpoint endpoint = new JanusEndpoint(relay.url(), relay.adminUrl(), relay.apiSecret(),
                    relay.adminSecret(), relay.adminKey());
            instances.put(relay.name(), new Instance(relay, new Mountpoints(endpoint, json), new JanusAdmin(endpoint, json)));
        }
        StageSettings.Janus janus = settings.janus();
        if (janus.configured() && !instances.isEmpty()) {
            JanusEndpoint first = janus.endpoint();
            this.media = new RoomMedia(new VideoRooms(first, json), first);
        } else {
            this.media = null;
        }
    }

    boolean configured() {
        return media != null;
    }

    /**
     * Makes a mountpoint on every relay for each publisher of the open stage that has none yet, and forwards the
     * publisher there. A publisher Janus cannot forward (no media negotiated yet) is tried at the next run.
     * Returns the event's mountpoints.
     */
    List<RelayStore.Mount> sync(EventId event) {
        if (!configured()) {
            return List.of();
        }
        StageStore.Row row = stages.lock(event.value());
        if (!row.open()) {
            return List.of();
        }
        // only those Dialoog let publish (a watcher in the VideoRoom is a participant too, with nothing to forward)
        Set<Long> feeds = new java.util.HashSet<>();
        for (StageStore.Token token : stages.tokensOf(event.value())) {
            if (token.feed() != 0) {
                feeds.add(token.feed());
                feeds.add(token.feed() + 1);
            }
        }
        List<RoomMedia.Publisher> publishing = media.publishers(row.room()).stream()
                .filter(p -> feeds.contains(p.id())).toList();
        List<RelayStore.Mount> mounts = new ArrayList<>(store.mounts(event.value()));
        // whoever left the stage (or was sent out): their mountpoints go
        Set<Long> present = publishing.stream().map(RoomMedia.Publisher::id).collect(Collectors.toSet());
        for (RelayStore.Mount gone : List.copyOf(mounts)) {
            if (!present.contains(gone.publisherId())) {
                destroy(gone);
                store.removeMount(event.value(), gone.relay(), gone.publisherId());
                mounts.remove(gone);
            }
        }
        Set<String> done = mounts.stream().map(m -> m.relay() + "/" + m.publisherId()).collect(Collectors.toSet());
        long next = Math.max(store.lastMountpoint(event.value()), event.value() * 1000);
        for (RoomMedia.Publisher publisher : publishing) {
            for (Instance relay : instances.values()) {
                if (done.contains(relay.settings().name() + "/" + publisher.id())) {
                    continue;
                }
                long id = ++next;
                String secret = random(18);
                String display = publisher.display().length() > 200
                        ? publisher.display().substring(0, 200) : publisher.display();
                try {
                    var mountpoint = relay.mountpoints().create(id, "Dialoog event " + event.value(), secret);
                    if (media.forward(row.room(), row.secret(), publisher.id(), relay.settings().rtpHost(),
                            mountpoint.audioPort(), mountpoint.videoPort()).isEmpty()) {
                        // Janus took the request before the publisher's streams were set up: nothing is forwarded
                        throw new JanusFailure(0, "publisher " + publisher.id() + " has no media to forward yet");
                    }
                    RelayStore.Mount mount = new RelayStore.Mount(event.value(), relay.settings().name(),
                            publisher.id(), id, secret, mountpoint.audioPort(), mountpoint.videoPort(), display);
                    store.add(mount, clock.instant());
                    mounts.add(mount);
                } catch (JanusFailure failure) {
                    log.warn("Relay {} of event {} for publisher {} not ready: {}", relay.settings().name(),
                            event.value(), publisher.id(), failure.getMessage());
                    try {
                        relay.mountpoints().destroy(id, secret);
                    } catch (JanusFailure away) {
                        failure.addSuppressed(away);
                    }
                }
            }
        }
        return mounts;
    }

    /** A watch pass on the least full relay, or null when the first Janus still has room (or no relay exists). */
    WatchPass watch(EventId event, StagePerson person) {
        if (!configured()) {
            return null;
        }
        Instant now = clock.instant();
        if (store.directWatchers(event.value(), now) < settings.directAudience()) {
            return null;
        }
        // what the relays carry now; new publishers reach them with the housekeeping job (asking Janus here, under the
        // stage's lock, would queue a whole audience arriving at once behind one another)
        List<RelayStore.Mount> mounts = store.mounts(event.value());
        Instance relay = instances.values().stream()
                .min(Comparator.comparingDouble(i -> store.watchers(event.value(), i.settings().name(), now)
                        / (double) Math.max(1, i.settings().audience())))
                .orElseThrow();
        String token = random(32);
        Instant expires = now.plus(settings.tokenLifetime());
        store.addToken(token, event.value(), relay.settings().name(), person.key(), expires);
        try {
            relay.admin().addToken(token, List.of(STREAMING));
        } catch (JanusFailure failure) {
            throw new StageRefused(null, "stage.janusUnavailable");
        }
        List<Long> ids = mounts.stream().filter(m -> m.relay().equals(relay.settings().name()))
                .map(RelayStore.Mount::mountpoint).toList();
        return new WatchPass(token, relay.settings().browserUrl(), 0, ids, relay.settings().name(), expires);
    }

    /** Takes the person's relay tokens away; where a relay is away, they expire now and are removed later. */
    void revoke(EventId event, StagePerson person) {
        for (RelayStore.Token token : store.tokensOf(event.value(), person.key())) {
            remove(token);
        }
    }

    /** The stage closed: the mountpoints and every relay token go. */
    void close(EventId event) {
        for (RelayStore.Token token : store.tokensOf(event.value())) {
            remove(token);
        }
        store.mounts(event.value()).forEach(this::destroy);
        store.removeMounts(event.value());
    }

    /** What the person's relay carries of the event's stage now; empty when they do not watch through a relay. */
    List<RelayedFeed> feeds(EventId event, StagePerson person) {
        if (!configured()) {
            return List.of();
        }
        return store.relayOf(event.value(), person.key(), clock.instant())
                .map(relay -> store.mounts(event.value()).stream().filter(m -> m.relay().equals(relay))
                        .map(m -> new RelayedFeed(m.mountpoint(), m.publisherId(),
                                m.display() == null ? "" : m.display()))
                        .toList())
                .orElse(List.of());
    }

    private void destroy(RelayStore.Mount mount) {
        Instance relay = instances.get(mount.relay());
        if (relay != null) {
            try {
                relay.mountpoints().destroy(mount.mountpoint(), mount.secret());
            } catch (JanusFailure away) {
                log.warn("Relay {} away while removing mountpoint {} of event {}: {}", mount.relay(),
                        mount.mountpoint(), mount.eventId(), away.getMessage());
            }
        }
    }

    /** Removes expired relay tokens; returns how many. */
    int removeExpired() {
        List<RelayStore.Token> expired = store.expired(clock.instant(), 200);
        expired.forEach(this::remove);
        return expired.size();
    }

    List<Long> openStages() {
        return configured() ? store.openStages() : List.of();
    }

    private void remove(RelayStore.Token token) {
        Instance relay = instances.get(token.relay());
        try {
            if (relay != null) {
                relay.admin().removeToken(token.token());
            }
            store.removeToken(token.token());
        } catch (JanusFailure away) {
            store.expireNow(token.token(), clock.instant());
        }
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
