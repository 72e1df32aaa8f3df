package nl.dialoog.event;

/** An event became visible to the public. */
public record EventPublished(EventId event, String slug) {
}
