package nl.dialoog.stage;

import java.time.Instant;
import nl.dialoog.event.EventId;

/**
 * A person's browser reached the event's stage on Janus (their first open handle, as Janus's event handler
 * reported it): the room counts it towards attendance.
 */
public record StageJoined(EventId eventId, StagePerson person, StageRole role, Instant at) {
}
