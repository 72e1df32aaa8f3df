package nl.dialoog.stage;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.shared.Audit;
import nl.dialoog.stage.janus.JanusAdmin;
import nl.dialoog.stage.janus.JanusEndpoint;
import nl.dialoog.stage.janus.JanusFailure;
import nl.dialoog.stage.janus.RoomSpec;
import nl.dialoog.stage.janus.VideoRooms;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stage module's API. Opening an event's stage creates its Janus VideoRoom (or finds it, so opening twice or
 * after a Dialoog restart is harmless); admitting a person stores a Janus token for them through the Admin API
 * and puts it on the room's allow-list; revoking, expiry and closing remove tokens again. The caller (the room)
 * has checked that the person may do what they ask. Janus calls happen inside the transaction that records them:
 * when Janus refuses, nothing is recorded.
 */
@Service
public class Stage implements DisposableBean {

    static final String VIDEOROOM = "janus.plugin.videoroom";

    private final StageStore store;
    private final StageSettings settings;
    private final EventCatalog events;
    private final Audit audit;
    private final Clock clock;
    private final VideoRooms rooms;
    private final JanusAdmin admin;
    private final StageControls controls;
    private final Recordings recordings;
    private final MediaEvents mediaEvents;
    private final MediaQualities qualities;
    private final JsonMapper json;
    private final Relays relays;

    Stage(StageStore store, StageSettings settings, EventCatalog events, Audit audit, Clock clock,
          JsonMapper json, Recordings recordings, MediaEvents mediaEvents,
          MediaQualities qualities, Relays relays) {
        this.store = store;
        this.relays = relays;
        this.recordings = recordings;
        this.mediaEvents = mediaEvents;
        this.qualities = qualities;
        this.json = json;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        StageSettings.Janus janus = settings.janus();
        if (janus.configured()) {
            JanusEndpoint endpoint = janus.endpoint();
            this.rooms = new VideoRooms(endpoint, json);
            this.admin = new JanusAdmin(endpoint, json);
        } else {
            this.rooms = null;
            this.admin = null;
        }
        this.controls = new StageControls(store, settings, clock, rooms, admin);
    }

    /** Whether a Janus is configured; without one the room shows the external stream, if any. */
    public boolean janusConfigured() {
        return rooms != null;
    }

    /** The event's stage as the room shows it. */
    @Transactional(readOnly = true)
    public StageView view(EventId event) {
        Optional<StageStore.Row> row = store.find(event.value());
        boolean open = janusConfigured() && row.map(StageStore.Row::open).orElse(false);
        Optional<ExternalStream> stream = row.map(StageStore.Row::streamUrl).map(StreamAddresses::parse);
        return new StageView(janusConfigured(), open, open ? row.get().room() : 0, stream);
    }

    /** Creates the event's VideoRoom on Janus, or finds it there; returns its number. */
    @Transactional
    public long openStage(EventId event) {
        requireJanus();
        StageStore.Row row = store.lock(event.value());
        long room = event.value();
        String secret = row.secret() != null ? row.secret() : randomString(24);
        try {
            rooms.create(new RoomSpec(room, "Dialoog event " + event.value(), secret, settings.publishers(),
                    settings.bitrate()));
        } catch (JanusFailure failure) {
            // the room is still there from an earlier opening (this Dialoog's, made with the secret it kept)
            if (failure.code() != JanusFailure.ROOM_EXISTS || row.secret() == null) {
                throw unavailable(failure);
            }
        }
        store.opened(event.value(), room, secret, clock.instant());
        audit.record("stage.opened", "event:" + event.value(), "Janus room " + room);
        return room;
    }

    /** Destroys the event's VideoRoom and removes every token handed out for it; closing twice is harmless. */
    @Transactional
    public void closeStage(EventId event) {
        requireJanus();
        StageStore.Row row = store.lock(event.value());
        try {
            // the room's allow-list goes with the room; Janus's own token store needs each one removed
            for (StageStore.Token token : store.tokensOf(event.value())) {
                admin.removeToken(token.token());
                store.removeToken(token.token());
            }
        } catch (JanusFailure failure) {
            throw unavailable(failure);
        }
        if (row.room() != null && row.secret() != null) {
            try {
                controls.closeBackstage(row);
                rooms.destroy(row.room(), row.secret());
            } catch (JanusFailure failure) {
                throw unavailable(failure);
            }
        }
        relays.close(event);
        if (row.open()) {
            recordings.stageClosed(event);
            store.closed(event.value(), clock.instant());
            store.live(event.value(), null);
            audit.record("stage.closed", "event:" + event.value(), null);
        }
    }

    /**
     * Closes every open stage whose event ended more than {@code dialoog.stage.close-after} ago (counted from its
     * opening instead where a host opened it again after the end; a deleted event's stage goes too). Each stage in
     * its own transaction, by the caller; returns the events to close. Closing twice is harmless.
     */
    @Transactional(readOnly = true)
    List<EventId> stagesToClose() {
        if (!janusConfigured()) {
            return List.of();
        }
        java.time.Instant now = clock.instant();
        List<EventId> due = new java.util.ArrayList<>();
        store.openStages().forEach((id, opened) -> {
            EventId event = new EventId(id);
            java.time.Instant end = events.find(event).map(e -> e.end()).orElse(opened);
            java.time.Instant from = end.isAfter(opened) ? end : opened;
            if (!now.isBefore(from.plus(settings.closeAfter()))) {
                due.add(event);
            }
        });
        return due;
    }

    /**
     * Hands a person a Janus token for the event's open stage, valid for {@code dialoog.stage.token-lifetime}.
     * Each call makes a new token (with a new publisher id for a role that publishes); {@link #revoke} removes
     * them all.
     */
    @Transactional
    public StagePass admit(EventId event, StagePerson person, StageRole role) {
        return admit(event, person, role, false);
    }

    /**
     * A token for the event's backstage, the green room where moderators and panelists meet before and while they
     * are live; the audience is never let in ({@code stage.backstage.audience}).
     */
    @Transactional
    public StagePass admitBackstage(EventId event, StagePerson person, StageRole role) {
        if (!role.publishes()) {
            throw new StageRefused(null, "stage.backstage.audience");
        }
        return admit(event, person, role, true);
    }

    private StagePass admit(EventId event, StagePerson person, StageRole role, boolean backstage) {
        requireJanus();
        StageStore.Row row = store.lock(event.value());
        if (!row.open()) {
            throw new StageRefused(null, "stage.notOpen");
        }
        try {
            return controls.admit(row, person, role, backstage);
        } catch (JanusFailure failure) {
            throw unavailable(failure);
        }
    }

    /**
     * Takes the person's tokens for the event away: Janus refuses their next request. Never fails for Janus being
     * away (removing a person from the room must work regardless): the tokens are then marked expired, and the
     * housekeeping job removes them from Janus when it answers again.
     */
    @Transactional
    public void revoke(EventId event, StagePerson person) {
        if (!janusConfigured()) {
            return;
        }
        relays.revoke(event, person);
        for (StageStore.Token token : store.tokensOf(event.value(), person.key())) {
            try {
                kick(token);
                removeFromJanus(token);
                store.removeToken(token.token());
            } catch (StageRefused janusAway) {
                store.expireNow(token.token(), clock.instant());
            }
        }
    }

    /**
     * Sets (or, with a blank address, clears) the external stream the room shows when no Janus is configured.
     * Refuses an address that is not https or not a known YouTube, Vimeo or HLS form.
     */
    @Transactional
    public Optional<ExternalStream> setExternalStream(EventId event, String address, AccountView by) {
        events.editable(event, by);
        Optional<ExternalStream> stream = address == null || address.isBlank()
                ? Optional.empty() : Optional.of(StreamAddresses.parse(address));
        store.lock(event.value());
        store.setStream(event.value(), stream.map(s -> s.address().toString()).orElse(null));
        audit.record("stage.stream", "event:" + event.value(), stream.map(s -> s.address().toString()).orElse(""));
        return stream;
    }

    /**
     * Starts recording the event's open stage (again, after a stop: the same recording goes on). Only a
     * {@link StageRole#MODERATOR} may; the caller (the room) says who acts and in which role. Audited.
     */
    @Transactional
    public void startRecording(EventId event, StagePerson by, StageRole role) {
        recordings.start(event, by, role);
    }

    /** Stops recording; the playable file is made in the background (see {@link #recording}). Audited. */
    @Transactional
    public void stopRecording(EventId event, StagePerson by, StageRole role) {
        recordings.stop(event, by, role);
    }

    /** The event's recording and how far its processing is, if one was ever started. */
    @Transactional(readOnly = true)
    public Optional<RecordingView> recording(EventId event) {
        return recordings.view(event);
    }

    /** The playable file of the event's recording, for the event's organisers only. */
    @Transactional(readOnly = true)
    public Optional<java.nio.file.Path> recordingFile(EventId event, AccountView by) {
        events.editable(event, by);
        return recordings.file(event);
    }

    /**
     * Lets a watch-only attendee see the stage: on the first Janus (a VideoRoom token, as {@link #admit} with
     * {@link StageRole#ATTENDEE}) while it has room for {@code dialoog.stage.direct-audience} watchers, then on the
     * least full relay Janus (a Streaming token and the mountpoints that carry the stage there).
     */
    @Transactional
    public WatchPass watch(EventId event, StagePerson person) {
        requireJanus();
        WatchPass relayed = relays.watch(event, person);
        if (relayed != null) {
            return relayed;
        }
        StagePass direct = admit(event, person, StageRole.ATTENDEE);
        return new WatchPass(direct.token(), direct.janus(), direct.room(), List.of(), null, direct.expiresAt());
    }

    /**
     * What the person's relay carries of the stage now, one feed per person (or screen) on it; empty when they watch
     * the VideoRoom directly. A page watching through a relay asks again from time to time: new publishers reach the
     * relays with the housekeeping job.
     */
    @Transactional(readOnly = true)
    public List<RelayedFeed> relayed(EventId event, StagePerson person) {
        return janusConfigured() ? relays.feeds(event, person) : List.of();
    }

    /** Brings the relays up to date with the stage's publishers now (the housekeeping job does so regularly). */
    @Transactional
    public int relay(EventId event) {
        requireJanus();
        return relays.sync(event).size();
    }

    /**
     * Takes a delivery of Janus's HTTP event handler (one event or an array); the caller checked that Janus sent it.
     * Returns how many events concerned the stage. Refuses text that is not a JSON object or array, recording nothing.
     */
    public int recordJanusEvents(String body) {
        tools.jackson.databind.JsonNode events;
        try {
            events = json.readTree(body);
        } catch (tools.jackson.core.JacksonException notJson) {
            throw new StageRefused(null, "stage.events.invalid");
        }
        if (events == null || !(events.isArray() || events.isObject())) {
            throw new StageRefused(null, "stage.events.invalid");
        }
        return mediaEvents.accept(events);
    }

    /** The media quality summary of the event's stage, for its organisers. */
    @Transactional(readOnly = true)
    public MediaQuality mediaQuality(EventId event, AccountView by) {
        events.editable(event, by);
        return qualities.of(event.value(), clock.instant());
    }

    /** Removes tokens that have expired, a batch at a time; returns how many. */
    @Transactional
    int removeExpiredTokens() {
        if (!janusConfigured()) {
            return 0;
        }
        List<StageStore.Token> expired = store.expired(clock.instant(), 200);
        for (StageStore.Token token : expired) {
            removeFromJanus(token);
            store.removeToken(token.token());
        }
        return expired.size();
    }

    void keepAlive() {
        if (janusConfigured()) {
            rooms.keepAlive();
        }
    }

    @Override
    public void destroy() {
        if (janusConfigured()) {
            rooms.close();
        }
    }

    private void removeFromJanus(StageStore.Token token) {
        try {
            admin.removeToken(token.token());
            store.find(token.eventId()).filter(StageStore.Row::open)
                    .ifPresent(row -> controls.disallow(row, token));
        } catch (JanusFailure failure) {
            throw unavailable(failure);
        }
    }

    private void kick(StageStore.Token token) {
        try {
            store.find(token.eventId()).filter(StageStore.Row::open).ifPresent(row -> controls.kick(row, token));
        } catch (JanusFailure failure) {
            throw unavailable(failure);
        }
    }

    private void requireJanus() {
        if (!janusConfigured()) {
            throw new StageRefused(null, "stage.notConfigured");
        }
    }

    private static StageRefused unavailable(JanusFailure failure) {
        org.slf4j.LoggerFactory.getLogger(Stage.class).warn("Janus refused or is away: {}", failure.getMessage());
        return new StageRefused(null, "stage.janusUnavailable");
    }

    private static String randomString(int bytes) {
        return StageControls.randomString(bytes);
    }

    // The moderator's controls (see StageControls); the room has checked who may use them, and audits them.

    /** Puts the event's open stage on air: the room tells everyone "we are live". */
    @Transactional
    public void goLive(EventId event) {
        requireJanus();
        if (!store.lock(event.value()).open()) {
            throw new StageRefused(null, "stage.notOpen");
        }
        if (!store.isLive(event.value())) {
            store.live(event.value(), clock.instant());
        }
    }

    /** Takes the stage off the air (it stays open: the panel can go on backstage or go live again). */
    @Transactional
    public void endLive(EventId event) {
        store.lock(event.value());
        store.live(event.value(), null);
    }

    /** Whether the event's stage is open and on air. */
    @Transactional(readOnly = true)
    public boolean live(EventId event) {
        return janusConfigured() && store.isLive(event.value());
    }

    /**
     * Mutes the person's microphone for everyone, in Janus (VideoRoom {@code moderate}); they hear that they were
     * muted and stay so until a moderator {@link #unmute}s them or they are admitted anew. Refuses with
     * {@code stage.controls.notPublishing} when they have no microphone on the stage or backstage now.
     */
    @Transactional
    public void mute(EventId event, StagePerson person) {
        moderateAudio(event, person, true);
    }

    /** Lets the microphone a moderator muted be heard again; refused like {@link #mute}. */
    @Transactional
    public void unmute(EventId event, StagePerson person) {
        moderateAudio(event, person, false);
    }

    private void moderateAudio(EventId event, StagePerson person, boolean mute) {
        requireJanus();
        StageStore.Row row = store.lock(event.value());
        int changed;
        try {
            changed = row.open() ? controls.moderateAudio(row, store.tokensOf(event.value(), person.key()), mute) : 0;
        } catch (JanusFailure failure) {
            throw unavailable(failure);
        }
        if (changed == 0) {
            throw new StageRefused(null, "stage.controls.notPublishing");
        }
    }

    /**
     * Takes back the person's right to publish (an attendee sent back from the stage): their publishing tokens go
     * and their feeds are sent out; a token to watch stays.
     */
    @Transactional
    public void revokePublishing(EventId event, StagePerson person) {
        if (!janusConfigured()) {
            return;
        }
        for (StageStore.Token token : store.tokensOf(event.value(), person.key())) {
            if (token.role().publishes()) {
                kick(token);
                removeFromJanus(token);
                store.removeToken(token.token());
            }
        }
    }

    /** Sends out every publisher on the event's stage or backstage that Dialoog did not admit; returns their ids. */
    @Transactional
    public List<Long> sweep(EventId event) {
        if (!janusConfigured()) {
            return List.of();
        }
        StageStore.Row row = store.lock(event.value());
        if (!row.open()) {
            return List.of();
        }
        try {
            return controls.sweep(row);
        } catch (JanusFailure failure) {
            throw unavailable(failure);
        }
    }
}
