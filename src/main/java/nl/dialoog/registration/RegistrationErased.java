package nl.dialoog.registration;

import nl.dialoog.event.EventId;

/**
 * A registration's personal data was erased, at the person's request or when the retention period ended; published
 * inside the transaction that did it. Every module that keeps something about the person forgets it on this event.
 * It carries ids only: the event publication log must not keep what was just erased.
 */
public record RegistrationErased(RegistrationId registrationId, EventId eventId) {
}
