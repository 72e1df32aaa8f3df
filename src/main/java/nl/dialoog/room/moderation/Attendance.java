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

    /** Hosts, moderators and panelists run the session: counted apart from the audience, as in the report. */
    static boolean isStaff(String role) {
        return !"ATTENDEE".equals(role);
    }

    /** The most people in the room at once and the first moment it happened (null when nobody came). */
    record Peak(int present, Instant at) {
    }

    /**
     * The peak of distinct people present: visits are half-open stays [joined, end), so a person with two tabs or
     * a reconnect counts once, and someone leaving as another arrives does not make a false peak.
     */
    static Peak peak(List<Visit> visits) {
        Peak[] best = {new Peak(0, null)};
        sweep(visits, (at, present) -> {
            if (present > best[0].present()) {
                best[0] = new Peak(present, at);
            }
        });
        return best[0];
    }

    /** Distinct people present at each step from the first arrival until the last departure (at most 500 steps). */
    static List<Peak> overTime(List<Visit> visits, Duration step) {
        List<Peak> points = new ArrayList<>();
        if (visits.isEmpty()) {
            return points;
        }
        Instant first = visits.stream().map(Visit::joined).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = visits.stream().map(Visit::end).max(Comparator.naturalOrder()).orElseThrow();
        long steps = Math.min(500, Duration.between(first, last).dividedBy(step) + 1);
        List<Visit> sorted = visits.stream().sorted(Comparator.comparing(Visit::joined)).toList();
        List<Visit> byEnd = visits.stream().sorted(Comparator.comparing(Visit::end)).toList();
        Map<Long, Integer> open = new java.util.HashMap<>();
        int started = 0;
        int ended = 0;
        int present = 0;
        for (long i = 0; i < steps; i++) {
            Instant at = first.plus(step.multipliedBy(i));
            // arrivals first, so a stay is always opened before it is closed: what remains is joined <= at < end
            while (started < sorted.size() && !sorted.get(started).joined().isAfter(at)) {
                if (open.merge(sorted.get(started++).participantId(), 1, Integer::sum) == 1) {
                    present++;
                }
            }
            while (ended < byEnd.size() && !byEnd.get(ended).end().isAfter(at)) {
                if (open.merge(byEnd.get(ended++).participantId(), -1, Integer::sum) == 0) {
                    present--;
                }
            }
            points.add(new Peak(present, at));
        }
        return points;
    }

    /** Calls back with the distinct people present after all arrivals and departures at each moment. */
    private static void sweep(List<Visit> visits, java.util.function.ObjIntConsumer<Instant> present) {
        record Change(Instant at, long person, int delta) {
        }
        List<Change> changes = new ArrayList<>();
        for (Visit visit : visits) {
            if (visit.end().isAfter(visit.joined())) {
                changes.add(new Change(visit.joined(), visit.participantId(), 1));
                changes.add(new Change(visit.end(), visit.participantId(), -1));
            }
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::delta));
        Map<Long, Integer> open = new java.util.HashMap<>();
        int people = 0;
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            int before = open.getOrDefault(change.person(), 0);
            int after = before + change.delta();
            open.put(change.person(), after);
            people += (before == 0 && after > 0 ? 1 : 0) - (before > 0 && after == 0 ? 1 : 0);
            if (i + 1 == changes.size() || !changes.get(i + 1).at().equals(change.at())) {
                present.accept(change.at(), people);
            }
        }
    }
}
