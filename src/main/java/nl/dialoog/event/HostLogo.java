package nl.dialoog.event;

/** A co-host's logo as Dialoog serves it: checked, resized and re-encoded at upload. */
public record HostLogo(long hostId, int version, String mediaType, byte[] content) {
}
