package nl.dialoog.event;

import java.time.Instant;
import java.util.List;

/** One item of an event's programme; end is optional. */
public record AgendaItem(long id, Instant start, Instant end, LocalizedText title, List<Long> speakerIds) {

    public AgendaItem {
        speakerIds = List.copyOf(speakerIds);
    }
}
