package nl.dialoog.registration;

/** The kinds of custom question an organiser can ask. */
public enum QuestionKind {
    SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, COUNTRY, ORGANISATION_NAME, ORGANISATION_TYPE;

    public boolean hasOwnOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isChoice() {
        return hasOwnOptions() || this == COUNTRY || this == ORGANISATION_TYPE;
    }

    public boolean isMultiple() {
        return this == MULTIPLE_CHOICE;
    }

    /** Longest answer accepted, in characters. */
    public int maxLength() {
        return this == LONG_TEXT ? 4000 : 200;
    }
}
