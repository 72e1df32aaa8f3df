package nl.dialoog.stage;

import nl.dialoog.event.EventId;

/** An event's VideoRoom was destroyed and all its tokens removed. */
public record StageClosed(EventId event) {
}
