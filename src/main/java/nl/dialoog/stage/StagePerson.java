package nl.dialoog.stage;

/**
 * Whom a Janus token belongs to, in the caller's terms (the room uses {@code participant:<id>}): the stage keeps no
 * personal data, only this key, so nothing here needs erasing when a registration is erased.
 */
public record StagePerson(String key) {

    public StagePerson {
        if (key == null || key.isBlank() || key.length() > 120) {
            throw new IllegalArgumentException("a stage person's key is 1 to 120 characters");
        }
    }

    public static StagePerson participant(long id) {
        return new StagePerson("participant:" + id);
    }
}
