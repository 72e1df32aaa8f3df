package nl.dialoog.room;

import nl.dialoog.event.EventId;

/**
 * The room forgot who one of its participants was (their registration was erased or purged): what the room keeps
 * about them now names nobody. Published inside the transaction that did it, so that anything built from the room's
 * record (the results report) can be built again without the person.
 */
public record ParticipantErased(EventId event) {
}
