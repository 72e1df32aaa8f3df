package nl.dialoog.event;

/** A co-hosting organisation as shown on the event page. Website and logo are optional absolute http(s) URLs. */
public record Host(long id, LocalizedText name, String website, String logoUrl) {
}
