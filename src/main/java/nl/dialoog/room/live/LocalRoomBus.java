package nl.dialoog.room.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The bus for a single node: hands every message straight to this node's listeners. */
@Component
@ConditionalOnProperty(name = "dialoog.room.bus", havingValue = "local", matchIfMissing = true)
class LocalRoomBus implements RoomBus {

    private final List<Consumer<BusMessage>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(BusMessage message) {
        listeners.forEach(listener -> listener.accept(message));
    }

    @Override
    public void subscribe(Consumer<BusMessage> listener) {
        listeners.add(listener);
    }
}
