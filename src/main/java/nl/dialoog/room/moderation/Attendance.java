package nl.dialoog.room.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who attended a room and for how long, from its visits (one per connection). A person with two tabs open, or who
 * reconnected, has overlapping visits: their time present is the union of the visits, not the sum.
 */
final class Attendance {

    /** One stay: from joining until leaving, or until last seen when the stay ended without a goodbye. */
    record Visit(long participantId, Instant joined, Instant end, boolean open) {
    }

    /** One person's attendance; {@code lastLeft} is null while they are still in the room. */
    record Row(long participantId, String name, String role, String organisation, String country,
               Instant firstJoined, Instant lastLeft, long minutes) {

        boolean present() {
            return lastLeft == null;
        }
    }

    /** Who a participant is, for the rows. */
    record Person(long id, String name, String role, String organisation, String country) {
    }

    private Attendance() {
    }

    /** Rows by first arrival; visits must belong to the given people. */
    static List<Row> rows(Map<Long, Person> people, List<Visit> visits) {
        Map<Long, List<Visit>> byPerson = new LinkedHashMap<>();
        for (Visit visit : visits) {
            byPerson.computeIfAbsent(visit.participantId(), id -> new ArrayList<>()).add(visit);
        }
        List<Row> rows = new ArrayList<>();
        byPerson.forEach((id, own) -> {
            Person person = people.get(id);
            if (person == null) {
                return;
            }
            own.sort(Comparator.comparing(Visit::joined));
            Instant first = own.getFirst().joined();
            Instant last = own.stream().map(Visit::end).max(Comparator.naturalOrder()).orElseThrow();
            boolean present = own.stream().anyMatch(Visit::open);
            rows.add(new Row(id, person.name(), person.role(), person.organisation(), person.country(), first,
                    present ? null : last, Math.round(union(own).toSeconds() / 60.0)));
        });
        rows.sort(Comparator.comparing(Row::firstJoined).thenComparing(Row::participantId));
        return rows;
    }

    /** The length of the union of visits sorted by their start. */
    static Duration union(List<Visit> sorted) {
        Duration total = Duration.ZERO;
        Instant start = null;
        Instant end = null;
        for (Visit visit : sorted) {
            if (end == null || visit.joined().isAfter(end)) {
                if (end != null) {
                    total = total.plus(Duration.between(start, end));
                }
                start = visit.joined();
                end = visit.end();
            } else if (visit.end().isAfter(end)) {
                end = visit.end();
            }
        }
        return end == null ? total : total.plus(Duration.between(start, end));
    }
}
