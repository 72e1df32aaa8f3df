package nl.dialoog.room.live;

import nl.dialoog.shared.DomainError;

/**
 * A command the room does not accept: the client shows the translated message (with its arguments), and nothing
 * changed. The transports tell it apart from a failure: it is answered on the connection, which stays open.
 */
public class RoomRefusal extends DomainError {

    public RoomRefusal(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
