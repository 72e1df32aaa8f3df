package nl.dialoog.stage;

import java.net.URI;

/**
 * A stream shown in the room when no Janus is configured.
 *
 * @param address what the organiser gave
 * @param kind    where it plays
 * @param embed   what the room loads: a privacy-friendly player address (youtube-nocookie, Vimeo with do-not-track)
 *                in a frame, or the HLS playlist itself in a video element
 */
public record ExternalStream(URI address, Kind kind, URI embed) {

    public enum Kind {
        YOUTUBE, VIMEO, HLS;

        public boolean framed() {
            return this != HLS;
        }
    }
}
