package nl.dialoog.room;

/** A room setting outside what is allowed; {@link #code()} is the translatable message key. Nothing was changed. */
public class InvalidRoomSetting extends RuntimeException {

    private final String code;

    public InvalidRoomSetting(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
