package nl.dialoog.room.onstage;

import org.springframework.stereotype.Component;

/** For the room page: whether a moderator took someone off the stage, so the page hands them no publishing pass. */
@Component
public class StageSeating {

    private final StageSeats seats;

    StageSeating(StageSeats seats) {
        this.seats = seats;
    }

    public boolean takenOff(long eventId, long participantId) {
        return seats.of(eventId, participantId).filter(state -> state == StageSeats.State.OFF).isPresent();
    }
}
