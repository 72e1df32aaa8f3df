package nl.dialoog.room.moderation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.shared.CsvWriter;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.Times;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organiser's view of who attended the room (first join, last leave, minutes present, minutes watching the
 * stage) and its CSV export (the same figures).
 */
@Controller
class AttendancePage {

    /** A row as the page shows it, times already in the event's zone. */
    record Line(String name, String role, String organisation, String country, String firstJoined,
                String lastLeft, long minutes, boolean present, Long stageMinutes) {
    }

    private final AttendanceStore store;
    private final MessageSource messages;
    private final Audit audit;
    private final Registrations registrations;

    AttendancePage(AttendanceStore store, MessageSource messages, Audit audit, Registrations registrations) {
        this.registrations = registrations;
        this.store = store;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/organiser/events/{id}/attendance")
    String page(EditableEvent editable, Model model, Locale locale) {
        EventView event = editable.event();
        ZoneId zone = event.zone();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        // minutes on the stage's video, apart from the room's: null for who never reached the stage
        var onStage = store.stageMinutes(event.id().value());
        List<Line> lines = store.rows(event.id().value()).stream()
                .map(row -> new Line(row.name(), row.role(), row.organisation(), row.country(),
                        format.format(row.firstJoined()), row.present() ? "" : format.format(row.lastLeft()),
                        row.minutes(), row.present(), onStage.get(row.participantId())))
                .toList();
        var title = event.title().resolve(event.languageFor(locale.getLanguage()), event.defaultLanguage());
        model.addAttribute("eventId", editable.id().value());
        model.addAttribute("eventTitle", title.text());
        model.addAttribute("eventTitleLanguage", title.language());
        model.addAttribute("zoneName", Times.zoneName(event.start(), zone, locale));
        model.addAttribute("lines", lines);
        // the audience apart from the staff (hosts, moderators, panelists), who run the session rather than attend it
        List<Line> audience = lines.stream().filter(line -> !Attendance.isStaff(line.role())).toList();
        model.addAttribute("attended", audience.size());
        model.addAttribute("staff", lines.size() - audience.size());
        model.addAttribute("present", audience.stream().filter(Line::present).count());
        model.addAttribute("minutes", audience.stream().mapToLong(Line::minutes).sum());
        int confirmed = registrations.confirmedCount(event.id());
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("rate", confirmed == 0 ? null : java.text.NumberFormat.getPercentInstance(locale)
                .format(Math.min(1.0, audience.size() / (double) confirmed)));
        Attendance.Peak peak = Attendance.peak(store.audience(event.id().value()).visits());
        model.addAttribute("peak", peak.present());
        model.addAttribute("peakAt", peak.at() == null ? null : format.format(peak.at()));
        return "room/attendance";
    }

    @GetMapping("/organiser/events/{id}/attendance.csv")
    @Transactional
    ResponseEntity<byte[]> csv(EditableEvent editable, Locale locale) {
        EventView event = editable.event();
        ZoneId zone = event.zone();
        CsvWriter csv = new CsvWriter();
        List<String> header = new ArrayList<>();
        for (String column : List.of("name", "role", "organisation", "country", "firstJoined", "lastLeft",
                "minutes")) {
            header.add(messages.getMessage("room.attendance.column." + column, new Object[] {zone.getId()}, locale));
        }
        // minutes on the stage's video, empty for who never reached it
        header.add(messages.getMessage("room.attendance.stageMinutes", null, locale));
        csv.row(header);
        List<Attendance.Row> rows = store.rows(event.id().value());
        var onStage = store.stageMinutes(event.id().value());
        for (Attendance.Row row : rows) {
            Long stageMinutes = onStage.get(row.participantId());
            csv.row(List.of(row.name(), messages.getMessage("room.role." + row.role(), null, row.role(), locale),
                    row.organisation(), row.country(), iso(row.firstJoined(), zone),
                    row.present() ? "" : iso(row.lastLeft(), zone), String.valueOf(row.minutes()),
                    stageMinutes == null ? "" : String.valueOf(stageMinutes)));
        }
        audit.record("room.attendance.exported", "event:" + editable.id().value(), rows.size() + " rows");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attendance-" + editable.id().value() + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.bytes());
    }

    private static String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }
}
