package nl.dialoog.registration;

import nl.dialoog.event.EventId;

/** A registration was waitlisted; published inside the transaction that did it. */
public record RegistrationWaitlisted(RegistrationId registrationId, EventId eventId) {
}
