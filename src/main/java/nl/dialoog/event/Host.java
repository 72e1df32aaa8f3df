package nl.dialoog.event;

/**
 * A co-hosting organisation as shown on the event page. The website is an optional absolute http(s) URL; the logo,
 * if uploaded, is served by Dialoog itself at {@link #logoPath()} (version 0: no logo).
 */
public record Host(long id, LocalizedText name, String website, int logoVersion) {

    /** Where Dialoog serves the logo; a new upload gets a new address, so browsers may keep each one for good. */
    public String logoPath() {
        return logoVersion == 0 ? null : "/logos/" + id + "/" + logoVersion;
    }
}
