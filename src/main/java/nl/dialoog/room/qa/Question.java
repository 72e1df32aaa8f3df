package nl.dialoog.room.qa;

import java.time.Instant;

/** A question as the room keeps it, with its author's card and its number of upvotes. */
record Question(long id, long eventId, long participantId, String authorName, String authorRole,
                String organisation, String country, boolean showCard, String body, boolean anonymous,
                QuestionState state, boolean answeredLive, boolean pinned, Instant createdAt, boolean deleted,
                int votes) {

    /** Still in the room's list (for staff at least): not deleted, not merged away. */
    boolean listed() {
        return !deleted && state.isListed();
    }

    /**
     * Whether a viewer sees it: staff see every listed question, others the public ones and their own while it
     * waits for a moderator.
     */
    boolean visibleTo(long viewerId, boolean staff) {
        return listed() && (staff || state.isPublic()
                || state == QuestionState.PENDING && participantId == viewerId);
    }
}
