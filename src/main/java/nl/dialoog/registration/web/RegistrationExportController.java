package nl.dialoog.registration.web;

import java.security.Principal;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventId;
import nl.dialoog.registration.desk.RegistrationDesk;
import nl.dialoog.registration.desk.RegistrationExport;
import nl.dialoog.shared.AuditSentences;
import nl.dialoog.shared.Times;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The organiser's CSV export and the audit trail of an event's registrations. */
@Controller
class RegistrationExportController {

    private final RegistrationExport export;
    private final RegistrationDesk desk;
    private final nl.dialoog.event.EventCatalog catalog;
    private final Accounts accounts;
    private final AuditSentences sentences;
    private final MessageSource messages;

    RegistrationExportController(RegistrationExport export, RegistrationDesk desk,
                                 nl.dialoog.event.EventCatalog catalog, Accounts accounts, AuditSentences sentences,
                                 MessageSource messages) {
        this.export = export;
        this.desk = desk;
        this.catalog = catalog;
        this.accounts = accounts;
        this.sentences = sentences;
        this.messages = messages;
    }

    @GetMapping("/organiser/events/{id}/registrations.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, Principal principal) {
        byte[] file = export.csv(new EventId(id), accounts.signedIn(principal));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("registrations-" + id + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file);
    }

    @GetMapping("/organiser/events/{id}/registrations/audit")
    String trail(EditableEvent editable, Model model, java.util.Locale locale) {
        AccountView organiser = editable.organiser();
        var event = editable.event();
        // organisers have no zone of their own yet; UTC, named, is unambiguous across co-hosts in several zones
        java.time.ZoneId zone = java.time.ZoneId.of("UTC");
        var entries = desk.trail(event.id(), organiser);
        var summary = RegisterController.summary(event, locale);
        model.addAttribute("event", summary);
        model.addAttribute("eventId", editable.id().value());
        model.addAttribute("zoneName", Times.zoneName(java.time.Instant.now(), zone, locale));
        TrailNames names = new TrailNames(editable.id().value(), summary.title(),
                desk.people(event.id(), organiser), accounts, sentences, messages);
        model.addAttribute("entries", entries.stream().limit(1000).map(entry -> new RosterViews.TrailEntry(
                Times.date(entry.occurredAt(), zone, locale) + ", "
                        + java.time.format.DateTimeFormatter.ISO_LOCAL_TIME.format(
                        entry.occurredAt().atZone(zone).toLocalTime().withNano(0)),
                sentences.of(entry, names, locale))).toList());
        model.addAttribute("more", entries.size() > 1000);
        return "registration/trail";
    }
}
