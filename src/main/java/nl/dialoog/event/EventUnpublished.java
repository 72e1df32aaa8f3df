package nl.dialoog.event;

/** An event was taken off the public site. */
public record EventUnpublished(EventId event, String slug) {
}
