package nl.dialoog.event;

/** A speaker to add to an event. */
public record SpeakerDetails(String name, String organisation, String country, LocalizedText bio) {
}
