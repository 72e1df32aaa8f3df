package nl.dialoog.shared;

import java.util.List;

/**
 * Addresses other than Dialoog's own that its pages' scripts may connect to (the Content-Security-Policy's
 * {@code connect-src}). A module whose settings name such an address provides one, so the security rules here need
 * not read another module's settings.
 */
public interface ConnectSources {

    /** Absolute addresses (their origin is what counts); none when nothing is configured. */
    List<String> addresses();
}
