package nl.dialoog.event;

/** A co-host to add to an event. */
public record HostDetails(LocalizedText name, String website, String logoUrl) {
}
