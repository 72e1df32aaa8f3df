package nl.dialoog.room.live;

/**
 * A command the room does not accept: a translatable message key (with arguments) that the client shows, and
 * nothing changed.
 */
public class RoomRefusal extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public RoomRefusal(String code, Object... arguments) {
        super(code, null, false, false);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
