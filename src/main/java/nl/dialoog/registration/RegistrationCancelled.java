package nl.dialoog.registration;

import nl.dialoog.event.EventId;

/** A registration was cancelled; published inside the transaction that did it. */
public record RegistrationCancelled(RegistrationId registrationId, EventId eventId) {
}
