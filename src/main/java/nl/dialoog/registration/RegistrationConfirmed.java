package nl.dialoog.registration;

import nl.dialoog.event.EventId;

/** A registration was confirmed; published inside the transaction that did it. */
public record RegistrationConfirmed(RegistrationId registrationId, EventId eventId) {
}
