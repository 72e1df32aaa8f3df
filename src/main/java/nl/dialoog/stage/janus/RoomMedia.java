package nl.dialoog.stage.janus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What happens to an event VideoRoom's media beyond the browsers in it: recording into a folder (Janus writes one
 * .mjr file per publisher and track) and RTP forwarding of its publishers to further Janus instances. Uses the
 * stage's control session ({@link VideoRooms}); the room's secret is needed for each request.
 */
public final class RoomMedia {

    /** A participant of the room (publishing or about to). */
    public record Publisher(long id, String display, boolean publishing) {
    }

    /** A forwarder the room runs: which publisher, to where. */
    public record Forwarder(long publisherId, long streamId, String host, int port, String kind) {
    }

    private final VideoRooms rooms;
    private final String adminKey;

    public RoomMedia(VideoRooms rooms, JanusEndpoint endpoint) {
        this.rooms = rooms;
        this.adminKey = endpoint.adminKey();
    }

    /** Points the room's recordings at {@code folder} and switches recording on or off for everyone in it. */
    public void record(long room, String secret, Path folder, boolean on) {
        if (on) {
            ObjectNode edit = rooms.body("edit");
            edit.put("room", room);
            edit.put("secret", secret);
            edit.put("new_rec_dir", folder.toString());
            rooms.request(edit);
        }
        ObjectNode body = rooms.body("enable_recording");
        body.put("room", room);
        body.put("secret", secret);
        body.put("record", on);
        rooms.request(body);
    }

    /** Whether Janus records the room now, and where (from its own list). */
    public boolean recording(long room) {
        return rooms.describe(room).map(r -> r.path("record").asBoolean(false)).orElse(false);
    }

    /** The room's participants; {@code publishing} once their media flows. */
    public List<Publisher> publishers(long room) {
        ObjectNode body = rooms.body("listparticipants");
        body.put("room", room);
        List<Publisher> publishers = new ArrayList<>();
        for (JsonNode participant : rooms.request(body).path("participants").values()) {
            publishers.add(new Publisher(participant.path("id").asLong(), participant.path("display").asString(""),
                    participant.path("publisher").asBoolean(false)));
        }
        return publishers;
    }

    /**
     * Forwards one publisher's first audio and first video track as plain RTP to {@code host} (Janus's
     * {@code audio_port} / {@code video_port} form, so Dialoog need not know the browser's mids). Needs the admin
     * key: the plugin locks forwarding to Dialoog. Returns what Janus forwards: empty when the publisher has no
     * streams set up yet.
     */
    public List<Forwarder> forward(long room, String secret, long publisherId, String host, int audioPort,
                                   int videoPort) {
        ObjectNode body = rooms.body("rtp_forward");
        body.put("room", room);
        body.put("secret", secret);
        body.put("admin_key", adminKey);
        body.put("publisher_id", publisherId);
        body.put("host", host);
        body.put("audio_port", audioPort);
        body.put("video_port", videoPort);
        JsonNode answer = rooms.request(body);
        List<Forwarder> forwarders = new ArrayList<>();
        for (JsonNode f : answer.path("forwarders").values()) {
            forwarders.add(forwarder(publisherId, f));
        }
        // the legacy form answers with one rtp_stream: a stream id per kind Janus found to forward (none before the
        // publisher's streams are set up)
        JsonNode legacy = answer.path("rtp_stream");
        for (String kind : List.of("audio", "video")) {
            if (legacy.has(kind + "_stream_id")) {
                forwarders.add(new Forwarder(publisherId, legacy.path(kind + "_stream_id").asLong(),
                        legacy.path("host").asString(host), legacy.path(kind).asInt(), kind));
            }
        }
        return forwarders;
    }

    /** The room's forwarders, as Janus lists them. */
    public List<Forwarder> forwarders(long room, String secret) {
        ObjectNode body = rooms.body("listforwarders");
        body.put("room", room);
        body.put("secret", secret);
        List<Forwarder> forwarders = new ArrayList<>();
        for (JsonNode publisher : rooms.request(body).path("publishers").values()) {
            long id = publisher.path("publisher_id").asLong();
            publisher.path("forwarders").values().forEach(f -> forwarders.add(forwarder(id, f)));
        }
        return forwarders;
    }

    private static Forwarder forwarder(long publisherId, JsonNode f) {
        return new Forwarder(publisherId, f.path("stream_id").asLong(), f.path("host").asString(""),
                f.path("port").asInt(), f.path("type").asString(""));
    }
}
