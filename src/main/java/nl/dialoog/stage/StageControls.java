package nl.dialoog.stage;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.dialoog.stage.janus.JanusAdmin;
import nl.dialoog.stage.janus.JanusFailure;
import nl.dialoog.stage.janus.RoomSpec;
import nl.dialoog.stage.janus.VideoRooms;

/**
 * What the people on a stage are let do, at Janus: tokens for the stage's VideoRoom or for its backstage, the
 * publisher id each publisher is given, muting and sending out by that id, and the sweep that sends out any
 * publisher Dialoog did not give an id to.
 * <p>
 * The backstage is a second VideoRoom per event (number: the stage's plus {@link #BACKSTAGE}), with the stage's
 * secret and an allow-list of its own that only moderators' and panelists' tokens are put on: an attendee's token
 * is refused there by Janus itself, so the audience cannot see or hear the green room whatever their browser does.
 * The stage room itself has every watcher on its allow-list, and Janus's VideoRoom cannot tell a watcher's token
 * from a publisher's; so publishers join with the id Dialoog assigned, and {@link #sweep} kicks any other.
 * Callers hold the stage row's lock (see {@link StageStore#lock}); Janus being away becomes {@link JanusFailure}.
 */
final class StageControls {

    /** Added to the stage's room number to make the backstage's; keeps both below 2^53 for browsers. */
    static final long BACKSTAGE = 1_000_000_000_000L;
    static final String STAGE = "STAGE";
    static final String BACKSTAGE_PLACE = "BACKSTAGE";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StageStore store;
    private final StageSettings settings;
    private final Clock clock;
    private final VideoRooms rooms;
    private final JanusAdmin admin;

    StageControls(StageStore store, StageSettings settings, Clock clock, VideoRooms rooms, JanusAdmin admin) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.rooms = rooms;
        this.admin = admin;
    }

    /** A new token for the stage or the backstage; a publisher id for those who may publish. */
    StagePass admit(StageStore.Row row, StagePerson person, StageRole role, boolean backstage) {
        String token = randomString(32);
        Instant expires = clock.instant().plus(settings.tokenLifetime());
        long feed = role.publishes() ? RANDOM.nextLong(1, 1L << 53) : 0;
        long room = backstage ? row.room() + BACKSTAGE : row.room();
        store.addToken(token, row.eventId(), person.key(), role, expires, backstage ? BACKSTAGE_PLACE : STAGE, feed);
        try {
            if (backstage) {
                ensureBackstage(row);
            }
            admin.addToken(token, List.of(Stage.VIDEOROOM));
            rooms.allow(room, row.secret(), token);
        } catch (JanusFailure failure) {
            try {
                admin.removeToken(token);
            } catch (JanusFailure alsoAway) {
                failure.addSuppressed(alsoAway);
            }
            throw failure;
        }
        return new StagePass(token, room, settings.janus().browserUrl(), role, expires, feed);
    }

    /**
     * Mutes (or unmutes) the microphone of each of the person's feeds, on stage and backstage; returns how many
     * Janus changed. Unmuting names the same audio mids muting did, so it undoes exactly that.
     */
    int moderateAudio(StageStore.Row row, List<StageStore.Token> tokens, boolean mute) {
        int muted = 0;
        for (long room : List.of(row.room(), row.room() + BACKSTAGE)) {
            Set<Long> feeds = new HashSet<>();
            tokens.stream().filter(t -> t.feed() != 0 && roomOf(row, t) == room).forEach(t -> feeds.add(t.feed()));
            if (feeds.isEmpty()) {
                continue;
            }
            for (JanusAdmin.PublishedStream stream : admin.streams(room, feeds::contains)) {
                if ("audio".equals(stream.type())
                        && rooms.moderate(room, row.secret(), stream.publisher(), stream.mid(), mute)) {
                    muted++;
                }
            }
        }
        return muted;
    }

    /** Sends the token's publisher (and its screen share) out of its room now, ahead of the token's removal. */
    void kick(StageStore.Row row, StageStore.Token token) {
        if (token.feed() != 0 && row.room() != null) {
            rooms.kick(roomOf(row, token), row.secret(), token.feed());
            rooms.kick(roomOf(row, token), row.secret(), token.feed() + 1);
        }
    }

    void disallow(StageStore.Row row, StageStore.Token token) {
        rooms.disallow(roomOf(row, token), row.secret(), token.token());
    }

    /**
     * Kicks every publisher in the stage and the backstage room that sends media under an id Dialoog did not give
     * to a token that still holds (a pass's {@code feed}, or {@code feed + 1} for the same person's screen share):
     * someone who published with a watcher's token, or whose publishing rights were taken back. Watchers joined
     * as publishers only to follow the list of feeds send nothing and stay. Returns the ids sent out.
     */
    List<Long> sweep(StageStore.Row row) {
        List<StageStore.Token> tokens = store.tokensOf(row.eventId());
        List<Long> kicked = new ArrayList<>();
        for (long room : List.of(row.room(), row.room() + BACKSTAGE)) {
            Set<Long> admitted = new HashSet<>();
            tokens.stream().filter(t -> t.feed() != 0 && roomOf(row, t) == room)
                    .forEach(t -> admitted.addAll(List.of(t.feed(), t.feed() + 1)));
            Set<Long> senders = new HashSet<>();
            admin.streams(room, id -> !admitted.contains(id)).forEach(stream -> senders.add(stream.publisher()));
            for (long id : senders) {
                if (rooms.kick(room, row.secret(), id)) {
                    kicked.add(id);
                }
            }
        }
        return kicked;
    }

    /** Destroys the backstage room with the stage's; one that was never made is no error. */
    void closeBackstage(StageStore.Row row) {
        if (row.room() != null && row.secret() != null) {
            rooms.destroy(row.room() + BACKSTAGE, row.secret());
        }
    }

    private void ensureBackstage(StageStore.Row row) {
        try {
            rooms.create(new RoomSpec(row.room() + BACKSTAGE, "Dialoog backstage " + row.eventId(), row.secret(),
                    settings.publishers(), settings.bitrate()));
        } catch (JanusFailure failure) {
            if (failure.code() != JanusFailure.ROOM_EXISTS) {
                throw failure;
            }
        }
    }

    private static long roomOf(StageStore.Row row, StageStore.Token token) {
        return token.backstage() ? row.room() + BACKSTAGE : row.room();
    }

    static String randomString(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
