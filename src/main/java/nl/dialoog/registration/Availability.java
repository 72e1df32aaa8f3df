package nl.dialoog.registration;

import java.time.Instant;

/**
 * Whether an event takes registrations now, as the form says before anyone fills it in.
 *
 * @param state       open, not yet open, or closed (past the closing time or the event's end)
 * @param full        every place is taken: new registrations go on the waiting list
 * @param opensAt     when a not-yet-open registration opens
 * @param inviteOnly  a valid invite code is needed
 */
public record Availability(State state, boolean full, Instant opensAt, boolean inviteOnly) {

    public enum State {
        OPEN, NOT_YET_OPEN, CLOSED
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }
}
