package nl.dialoog.event;

/** Identifies an event. */
public record EventId(long value) {
}
