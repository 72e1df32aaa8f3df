package nl.dialoog.room.qa;

/**
 * Where a question stands. {@code PENDING} waits for a moderator (when the room pre-moderates questions) and only
 * staff see it; {@code OPEN} and {@code ANSWERED} everyone sees; {@code DISMISSED} only staff see; {@code MERGED}
 * lives on in the question it was merged into.
 */
enum QuestionState {
    PENDING, OPEN, ANSWERED, DISMISSED, MERGED;

    boolean isPublic() {
        return this == OPEN || this == ANSWERED;
    }

    boolean isListed() {
        return this != MERGED;
    }
}
