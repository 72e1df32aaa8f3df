package nl.dialoog.registration;

import nl.dialoog.event.EventId;

/** A registration was rejected; published inside the transaction that did it. */
public record RegistrationRejected(RegistrationId registrationId, EventId eventId) {
}
