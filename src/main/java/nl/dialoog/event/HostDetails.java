package nl.dialoog.event;

/** A co-host to add or change: its name per language and an optional website (the logo is uploaded apart). */
public record HostDetails(LocalizedText name, String website) {
}
