package nl.dialoog.event;

import java.time.LocalDateTime;
import java.util.List;

/** An agenda item to add: wall-clock times in the event's zone, end optional, speakers of the same event. */
public record AgendaItemDetails(LocalDateTime start, LocalDateTime end, LocalizedText title, List<Long> speakerIds) {

    public AgendaItemDetails {
        speakerIds = speakerIds == null ? List.of() : List.copyOf(speakerIds);
    }
}
