package nl.dialoog.event;

import java.time.Instant;

/** A published event's start or end changed; registrants need an updated calendar entry. */
public record EventRescheduled(EventId event, Instant previousStart, Instant start, Instant end,
                               int calendarSequence) {
}
