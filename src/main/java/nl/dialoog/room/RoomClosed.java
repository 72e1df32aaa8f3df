package nl.dialoog.room;

/** The room cannot be entered now (not open yet, over) or not by this person (removed, not confirmed). */
public class RoomClosed extends RuntimeException {

    private final String code;

    public RoomClosed(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
