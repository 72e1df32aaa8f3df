package nl.dialoog.stage;

import java.time.Instant;
import java.util.List;

/**
 * The media quality of an event's stage for organisers, from Janus's statistics: per publisher what reached Janus
 * (bit rate, packets lost on the way in) and what subscribers reported lost, and how many watched over time.
 *
 * @param publishers one line per person who published, in the order they first did
 * @param audience   how many watchers (handles of non-publishers) were connected, per minute
 */
public record MediaQuality(List<Publisher> publishers, List<Point> audience, int peakAudience) {

    /**
     * @param person      the room's key for the person ({@code participant:N}); the stage keeps no names
     * @param role        what they did on the stage
     * @param averageKbps mean bit rate Janus received from them (audio and video together)
     * @param lowestKbps  the lowest such sample
     * @param lossPercent packets lost on the way to Janus, of those expected
     */
    public record Publisher(String person, StageRole role, long averageKbps, long lowestKbps, double lossPercent,
                            int samples) {
    }

    public record Point(Instant minute, int watchers) {
    }

    public boolean empty() {
        return publishers.isEmpty() && audience.isEmpty();
    }
}
