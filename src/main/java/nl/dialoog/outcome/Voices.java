package nl.dialoog.outcome;

import java.util.HashMap;
import java.util.Map;
import nl.dialoog.room.RoomRecord;
import nl.dialoog.room.RoomRole;

/**
 * Who said something, as the report names them. Attendees get a pseudonym (P1, P2, … in the order they entered
 * the room), never their name: a report may be published, and an attendee spoke to the room, not to the public.
 * Hosts, moderators and panelists are named with their role: they spoke from the stage.
 */
final class Voices {

    private final Map<Long, RoomRecord.Person> people = new HashMap<>();
    private final Map<Long, String> pseudonyms = new HashMap<>();

    Voices(RoomRecord record) {
        int next = 1;
        for (RoomRecord.Person person : record.people()) {
            people.put(person.id(), person);
            if (person.role() == RoomRole.ATTENDEE) {
                pseudonyms.put(person.id(), "P" + next++);
            }
        }
    }

    /** The name the report shows; an anonymous question's author stays anonymous even to readers of the report. */
    String author(long personId, boolean anonymous) {
        if (anonymous) {
            return "";
        }
        RoomRecord.Person person = people.get(personId);
        if (person == null) {
            return "?";
        }
        return person.role() == RoomRole.ATTENDEE ? pseudonyms.get(personId) : person.displayName();
    }

    /** The pseudonym used in votes and groups: everyone, staff included, counts as one voter. */
    String voter(long personId) {
        String pseudonym = pseudonyms.get(personId);
        if (pseudonym != null) {
            return pseudonym;
        }
        RoomRecord.Person person = people.get(personId);
        return person == null ? "?" : person.displayName();
    }

    String role(long personId) {
        RoomRecord.Person person = people.get(personId);
        return person == null ? "" : person.role().name();
    }

    RoomRecord.Person person(long personId) {
        return people.get(personId);
    }
}
