package nl.dialoog.stage;

import nl.dialoog.event.EventId;

/** An event's VideoRoom was created on Janus (or found there) and people may be admitted. */
public record StageOpened(EventId event, long room) {
}
