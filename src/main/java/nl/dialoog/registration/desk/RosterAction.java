package nl.dialoog.registration.desk;

import java.util.Optional;

/** What an organiser can do to a registration from the list, to one person or to a selection. */
public enum RosterAction {
    /** Sends again the mail of the person's status: the confirmation, the waiting-list or the awaiting mail. */
    RESEND,
    /** Cancels, as the person could through their own link; their place goes to the next in line. */
    CANCEL,
    /** Gives a person on the waiting list a free place, ahead of the queue. */
    PROMOTE,
    /** Moves a confirmed person to the end of the waiting list; a free place goes to the first in line. */
    WAITLIST;

    /** The action named in a form ("resend", "cancel", …); empty for any other text. */
    public static Optional<RosterAction> named(String name) {
        for (RosterAction action : values()) {
            if (action.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
