package nl.dialoog.event;

/** Only published events are visible to the public. */
public enum EventStatus {
    DRAFT, PUBLISHED
}
