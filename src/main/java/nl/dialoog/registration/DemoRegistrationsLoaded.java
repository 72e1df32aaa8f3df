package nl.dialoog.registration;

import nl.dialoog.event.EventId;

/** The demo's 2017 edition has its invented registrations; the room records its session for them next. */
public record DemoRegistrationsLoaded(EventId event) {
}
