package nl.dialoog.room.live;

import java.util.function.Consumer;

/**
 * Carries room messages to every node's {@link RoomHub}, the sending node included. In-process by default
 * ({@link LocalRoomBus}); Redis pub/sub when several nodes serve the same rooms.
 */
public interface RoomBus {

    void publish(BusMessage message);

    void subscribe(Consumer<BusMessage> listener);
}
