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
     * A frame for one participant's connections only (a moderator's decision about them); {@code disconnect}
     * closes those connections after the frame.
     */
    record Direct(long eventId, long participantId, String frame, boolean disconnect) implements BusMessage {
    }

    /** A frame for everyone that is not kept in the log (reaction counts). */
    record Ephemeral(long eventId, String frame) implements BusMessage {
    }
}
