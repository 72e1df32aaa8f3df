package nl.dialoog.room.chat;

import java.time.Instant;

/** A chat message as the room keeps it, with its author's card. */
record ChatMessage(long id, long participantId, String authorName, String authorRole, String organisation,
                   String country, boolean showCard, Long replyTo, String body, Instant createdAt,
                   boolean deleted) {
}
