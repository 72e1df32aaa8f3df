package nl.dialoog.room.live;

/** What travels between nodes on the {@link RoomBus}. */
public sealed interface BusMessage {

    long eventId();

    /** A committed log entry, for every client in the room. */
    record Logged(RoomEntry entry) implements BusMessage {
        @Override
        public long eventId() {
            return entry.eventId();
        }
    }

    /**
     * A frame for one participant's connections only (a moderator's decision about them), and what happens to those
     * connections after it.
     */
    record Direct(long eventId, long participantId, String frame, Then then) implements BusMessage {
    }

    /** What a participant's connections do after a direct frame. */
    enum Then {
        /** Stay open. */
        STAY,
        /** Close, so that the client connects again and is served in its new role. */
        RECONNECT,
        /** Close as refused: the client stops trying (the person was removed). */
        REFUSE
    }

    /**
     * A frame that is not kept in the log (reaction counts, the opinion map), for everyone in the room or only for
     * its staff.
     */
    record Ephemeral(long eventId, String frame, Audience audience) implements BusMessage {

        public Ephemeral(long eventId, String frame) {
            this(eventId, frame, Audience.EVERYONE);
        }
    }
}
