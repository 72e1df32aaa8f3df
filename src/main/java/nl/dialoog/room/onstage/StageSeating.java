package nl.dialoog.room.onstage;

import org.springframework.stereotype.Component;

/**
 * For the room page: whether a moderator took someone off the stage, so the page hands them no publishing pass; and
 * that a new pass lifted a mute.
 */
@Component
public class StageSeating {

    private final StageSeats seats;
    private final OnStageFeature feature;

    StageSeating(StageSeats seats, OnStageFeature feature) {
        this.seats = seats;
        this.feature = feature;
    }

    /** The page handed the person a new pass to publish: a moderator's mute (on their old publisher id) is gone. */
    public void admittedToPublish(long eventId, long participantId) {
        feature.unmuted(eventId, participantId);
    }

    public boolean takenOff(long eventId, long participantId) {
        return seats.of(eventId, participantId).filter(state -> state == StageSeats.State.OFF).isPresent();
    }
}
