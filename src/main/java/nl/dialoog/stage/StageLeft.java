package nl.dialoog.stage;

import java.time.Instant;
import nl.dialoog.event.EventId;

/** A person's last handle on the event's stage went away (closed, or Janus timed out their session). */
public record StageLeft(EventId eventId, StagePerson person, Instant at) {
}
