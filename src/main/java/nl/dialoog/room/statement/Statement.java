package nl.dialoog.room.statement;

import java.time.Instant;

/** A statement as the room keeps it, with its author (shown to staff only). */
record Statement(long id, long eventId, long participantId, String authorName, String body, Status status,
                 boolean seeded, Instant createdAt) {

    enum Status {
        PENDING, ACCEPTED, REJECTED
    }
}
