package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** The stage as the room hears of it: live or not for everyone, and who is on it for staff. */
public sealed interface StageFrame extends Frame {

    @JsonTypeName("stage.live")
    record Live(boolean live) implements StageFrame, Reply {
    }

    /** A person's place on the stage as staff see it: {@code state} INVITED, ON_STAGE, OFF or NONE. */
    @JsonTypeName("stage.seat")
    record Seat(long id, String name, String role, String state) implements StageFrame, Reply {
    }

    /** A moderator muted or unmuted a person on stage (staff only), or a new pass to publish lifted the mute. */
    @JsonTypeName("stage.muted")
    record Muted(long id, boolean muted) implements StageFrame {
    }

    /** Whether the stage is being recorded: everyone in the room is told, as in every webinar tool. */
    @JsonTypeName("stage.recording")
    record Recording(boolean recording) implements StageFrame, Reply {
    }

    /**
     * What a joining client learns: live or not, recorded or not, their own place, whether they may publish; staff
     * the seats and whom a moderator muted.
     */
    record Snapshot(boolean live, boolean recording, String you, boolean mayPublish,
                    @JsonInclude(JsonInclude.Include.NON_NULL) List<Seat> seats,
                    @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> muted) {
    }

    /** What a relay Janus carries of the stage: a Streaming mountpoint per person (or screen) on it. */
    record Relayed(List<RelayedFeed> feeds) implements Reply {
    }

    /** One mountpoint, the publisher it relays and their name in the stage ({@code screen:<name>} for a screen). */
    record RelayedFeed(long mountpoint, long feed, String display) {
    }

    /** A pass to Janus, as the page needs it to join and publish. */
    record Pass(String token, long room, String janus, long feed, String expiresAt) implements Reply {
    }
}
