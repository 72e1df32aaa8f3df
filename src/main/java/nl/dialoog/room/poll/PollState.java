package nl.dialoog.room.poll;

/** A poll is prepared ({@code DRAFT}, staff only), then {@code ACTIVE} (open for votes), then {@code CLOSED}. */
enum PollState {
    DRAFT, ACTIVE, CLOSED
}
