package nl.dialoog.event;

/** A speaker: name, organisation, ISO 3166 country code (optional) and a translatable short bio. */
public record Speaker(long id, String name, String organisation, String country, LocalizedText bio) {
}
