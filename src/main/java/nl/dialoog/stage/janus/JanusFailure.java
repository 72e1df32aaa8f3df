package nl.dialoog.stage.janus;

/**
 * Janus answered with an error, or could not be reached ({@link #code()} 0). Codes are Janus's own: 4xx from the
 * core (403 unauthorized, 458 no such session), 42x–43x from the VideoRoom plugin (426 no such room, 427 exists).
 */
public class JanusFailure extends RuntimeException {

    public static final int UNREACHABLE = 0;
    public static final int NO_SUCH_SESSION = 458;
    public static final int NO_SUCH_ROOM = 426;
    public static final int ROOM_EXISTS = 427;
    public static final int NO_SUCH_FEED = 428;

    private final int code;

    public JanusFailure(int code, String reason) {
        super("Janus " + code + ": " + reason);
        this.code = code;
    }

    public JanusFailure(String reason, Throwable cause) {
        super("Janus unreachable: " + reason, cause);
        this.code = UNREACHABLE;
    }

    public int code() {
        return code;
    }
}
