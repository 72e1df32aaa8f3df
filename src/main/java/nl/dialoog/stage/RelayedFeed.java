package nl.dialoog.stage;

/**
 * One person on stage as a relay carries them: the Streaming mountpoint to watch on the relay Janus, the publisher
 * id it relays from the stage's VideoRoom, and the publisher's name there ({@code screen:<name>} for a shared
 * screen), so a page watching through a relay lays the stage out as one in the VideoRoom does.
 */
public record RelayedFeed(long mountpoint, long feed, String display) {
}
