package nl.dialoog.outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dialoog.registration.RegistrantProfile;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.room.RoomRecord;

/**
 * Registered against attended, and the audience over time. An attendee is a person who entered as an attendee;
 * staff and panelists are counted apart. Minutes present are the union of a person's visits (two tabs open at
 * once count once).
 */
final class AttendanceCount {

    static final int STEP_MINUTES = 5;

    private AttendanceCount() {
    }

    static Report.Attendance of(RoomRecord record, List<RegistrantProfile> registrations) {
        Set<Long> attendees = record.people().stream().filter(p -> !p.role().isStaff()
                        && p.role() != nl.dialoog.room.RoomRole.PANELIST)
                .map(RoomRecord.Person::id).collect(Collectors.toSet());
        Map<Long, List<RoomRecord.Visit>> visits = new HashMap<>();
        for (RoomRecord.Visit visit : record.visits()) {
            visits.computeIfAbsent(visit.personId(), id -> new ArrayList<>()).add(visit);
        }
        List<Long> minutes = new ArrayList<>();
        for (long person : attendees) {
            List<RoomRecord.Visit> own = visits.getOrDefault(person, List.of());
            if (!own.isEmpty()) {
                minutes.add(minutesPresent(own));
            }
        }
        minutes.sort(Comparator.naturalOrder());
        int attended = minutes.size();
        int staff = (int) record.people().stream().filter(p -> !attendees.contains(p.id())
                && visits.containsKey(p.id())).count();
        int registered = (int) registrations.stream().filter(r -> r.status() != RegistrationStatus.EXPIRED
                && r.status() != RegistrationStatus.REJECTED).count();
        int confirmed = (int) registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
        long median = minutes.isEmpty() ? 0 : minutes.get(minutes.size() / 2);
        long total = minutes.stream().mapToLong(Long::longValue).sum();

        List<RoomRecord.Visit> audience = record.visits().stream().filter(v -> attendees.contains(v.personId()))
                .toList();
        List<Report.Presence> overTime = overTime(audience);
        Report.Presence peak = overTime.stream().max(Comparator.comparingInt(Report.Presence::present)
                .thenComparing(Report.Presence::at, Comparator.reverseOrder())).orElse(null);
        double rate = confirmed == 0 ? 0 : Math.min(1.0, attended / (double) confirmed);
        return new Report.Attendance(registered, confirmed, attended, staff, rate, median, total,
                peak == null ? 0 : peak.present(), peak == null ? null : peak.at(), STEP_MINUTES, overTime);
    }

    /** The union of the visits, in whole minutes (rounded down). */
    static long minutesPresent(List<RoomRecord.Visit> visits) {
        List<RoomRecord.Visit> sorted = visits.stream().sorted(Comparator.comparing(RoomRecord.Visit::joinedAt))
                .toList();
        long seconds = 0;
        Instant from = null;
        Instant to = null;
        for (RoomRecord.Visit visit : sorted) {
            if (to == null || visit.joinedAt().isAfter(to)) {
                if (from != null) {
                    seconds += Duration.between(from, to).toSeconds();
                }
                from = visit.joinedAt();
                to = visit.leftAt();
            } else if (visit.leftAt().isAfter(to)) {
                to = visit.leftAt();
            }
        }
        if (from != null) {
            seconds += Duration.between(from, to).toSeconds();
        }
        return seconds / 60;
    }

    /** How many distinct attendees were in the room at each step from the first arrival to the last departure. */
    static List<Report.Presence> overTime(List<RoomRecord.Visit> visits) {
        if (visits.isEmpty()) {
            return List.of();
        }
        Instant first = visits.stream().map(RoomRecord.Visit::joinedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = visits.stream().map(RoomRecord.Visit::leftAt).max(Comparator.naturalOrder()).orElseThrow();
        Duration step = Duration.ofMinutes(STEP_MINUTES);
        List<Report.Presence> points = new ArrayList<>();
        for (Instant at = first; !at.isAfter(last) && points.size() < 2000; at = at.plus(step)) {
            Instant moment = at;
            int present = (int) visits.stream()
                    .filter(v -> !v.joinedAt().isAfter(moment) && v.leftAt().isAfter(moment))
                    .map(RoomRecord.Visit::personId).distinct().count();
            points.add(new Report.Presence(moment, present));
        }
        return points;
    }
}
