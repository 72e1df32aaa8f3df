package nl.dialoog.room;

import nl.dialoog.event.EventId;

/** The demo's 2017 edition has its recorded session in the room; the results can be built from it now. */
public record DemoSessionRecorded(EventId event) {
}
