package nl.dialoog.stage;

/**
 * A stage request that cannot be done; {@link #code()} is the translatable message key, {@link #field()} the form
 * field it concerns (or {@code null}). Nothing was changed.
 */
public class StageRefused extends RuntimeException {

    private final String field;
    private final String code;

    public StageRefused(String field, String code) {
        super(code, null, false, false);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
