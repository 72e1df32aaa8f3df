package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our .ics files, read back by an independent parser (biweekly) that applies the file's own VTIMEZONE. */
class CalendarFileTests {

    static final URI PAGE = URI.create("https://dialoog.example/events/changing-roles");

    static EventView event(ZoneId zone, LocalDateTime start, LocalDateTime end, int sequence) {
        return new EventView(new EventId(42), 1, "changing-roles", EventStatus.PUBLISHED, "en", List.of("en", "nl"),
                zone, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(),
                new LocalizedText(Map.of("en", "Changing roles", "nl", "Veranderende rollen")),
                LocalizedText.of("en", "Summary"), LocalizedText.EMPTY, LocalizedText.EMPTY, sequence, 0, List.of(),
                List.of(), List.of());
    }

    static VEvent parse(String ics) {
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar).as("parsable calendar").isNotNull();
        assertThat(calendar.getEvents()).hasSize(1);
        return calendar.getEvents().getFirst();
    }

    @Test
    void startAndEndReadBackAsTheEventsInstants() {
        EventView event = event(ZoneId.of("Europe/Amsterdam"), LocalDateTime.of(2017, 11, 9, 11, 0),
                LocalDateTime.of(2017, 11, 9, 13, 0), 0);

        VEvent parsed = parse(CalendarFile.write(event, "en", PAGE, Instant.parse("2026-11-27T12:00:00Z")));

        assertThat(parsed.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2017-11-09T10:00:00Z"));
        assertThat(parsed.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2017-11-09T12:00:00Z"));
        assertThat(parsed.getSummary().getValue()).isEqualTo("Changing roles");
    }

    @Test
    void aSpanAcrossADaylightSavingChangeKeepsItsRealLength() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        EventView event = event(amsterdam, LocalDateTime.of(2030, 3, 31, 1, 0),
                LocalDateTime.of(2030, 3, 31, 4, 0), 0);

        VEvent parsed = parse(CalendarFile.write(event, "en", PAGE, Instant.now()));

        assertThat(parsed.getDateStart().getValue().toInstant()).isEqualTo(event.start());
        assertThat(parsed.getDateEnd().getValue().toInstant()).isEqualTo(event.end());
    }

    @Test
    void worksForZonesWithoutDaylightSaving() {
        EventView event = event(ZoneId.of("Africa/Nairobi"), LocalDateTime.of(2030, 6, 1, 9, 0),
                LocalDateTime.of(2030, 6, 1, 10, 30), 0);

        VEvent parsed = parse(CalendarFile.write(event, "en", PAGE, Instant.now()));

        assertThat(parsed.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2030-06-01T06:00:00Z"));
    }

    @Test
    void namesTheEventsOwnZoneAndDefinesIt() {
        String ics = CalendarFile.write(event(ZoneId.of("Europe/Amsterdam"), LocalDateTime.of(2017, 11, 9, 11, 0),
                LocalDateTime.of(2017, 11, 9, 13, 0), 0), "en", PAGE, Instant.now());

        assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:20171109T110000", "TZID:Europe/Amsterdam");
        assertThat(ics.lines().filter(line -> line.startsWith("DTSTAMP"))).hasSize(1);
    }

    @Test
    void keepsItsUidAndRaisesTheSequenceSoCalendarsReplaceTheEntry() {
        ZoneId zone = ZoneId.of("America/Bogota");
        VEvent first = parse(CalendarFile.write(event(zone, LocalDateTime.of(2030, 1, 1, 9, 0),
                LocalDateTime.of(2030, 1, 1, 10, 0), 0), "nl", PAGE, Instant.now()));
        VEvent moved = parse(CalendarFile.write(event(zone, LocalDateTime.of(2030, 1, 8, 9, 0),
                LocalDateTime.of(2030, 1, 8, 10, 0), 1), "nl", PAGE, Instant.now()));

        assertThat(moved.getUid().getValue()).isEqualTo(first.getUid().getValue()).isEqualTo("event-42@dialoog.example");
        assertThat(moved.getSequence().getValue()).isEqualTo(first.getSequence().getValue() + 1);
        assertThat(moved.getSummary().getValue()).isEqualTo("Veranderende rollen");
        assertThat(moved.getUrl().getValue()).isEqualTo(PAGE.toString());
    }

    @Test
    void anInvitationIsARequestForItsAttendeeAndACancellationCancels() {
        EventView event = event(ZoneId.of("Europe/Amsterdam"), LocalDateTime.of(2030, 1, 1, 11, 0),
                LocalDateTime.of(2030, 1, 1, 13, 0), 2);
        CalendarInvitation request = new CalendarInvitation(CalendarInvitation.Method.REQUEST, "ama@example.org",
                "Ama Mensah", "noreply@dialoog.example", "Dialoog");

        ICalendar invited = Biweekly.parse(CalendarFile.write(event, "en", PAGE, Instant.now(), request)).first();
        ICalendar cancelled = Biweekly.parse(CalendarFile.write(event, "en", PAGE, Instant.now(),
                new CalendarInvitation(CalendarInvitation.Method.CANCEL, "ama@example.org", "Ama Mensah",
                        "noreply@dialoog.example", "Dialoog"))).first();

        assertThat(invited.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent entry = invited.getEvents().getFirst();
        assertThat(entry.getAttendees()).singleElement().satisfies(a -> {
            assertThat(a.getEmail()).isEqualTo("ama@example.org");
            assertThat(a.getCommonName()).isEqualTo("Ama Mensah");
        });
        assertThat(entry.getOrganizer().getEmail()).isEqualTo("noreply@dialoog.example");
        assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getEvents().getFirst().getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getEvents().getFirst().getUid().getValue()).isEqualTo(entry.getUid().getValue());
    }
}
