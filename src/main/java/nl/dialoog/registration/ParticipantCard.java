package nl.dialoog.registration;

/**
 * What a registration says about a person beyond their name, for others to see in a live room: the organisation
 * name and the country (ISO code) they gave, empty when the event asked no such question.
 */
public record ParticipantCard(String organisation, String country) {
}
