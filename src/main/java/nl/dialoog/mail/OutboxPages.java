package nl.dialoog.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/** What the organiser's and the administrator's outbox pages share: the list, one mail, its HTML body. */
final class OutboxPages {

    /**
     * The HTML body is shown in a sandboxed frame from its own address, with its own policy: no scripts, no forms,
     * nothing loaded from elsewhere (no tracking pixels), but the inline styles mails are written with.
     */
    static final String BODY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "sandbox; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";

    private OutboxPages() {
    }

    /**
     * The list, a page at a time, optionally of one status. Parameters that are not a status or a page number are
     * taken as "all" and "first page": a list page has nothing worth an error message.
     */
    static String list(Model model, Outbox outbox, Long eventId, ListQuery query, ZoneId zone, Locale locale,
                       String base) {
        MailStatus status = Outbox.status(query.status());
        Outbox.Page page = outbox.page(eventId, status, Outbox.pageNumber(query.page()), zone, locale);
        model.addAttribute("mails", page.rows());
        model.addAttribute("page", page);
        String zoneParam = query.zone() == null || query.zone().isBlank() ? null : zone.getId();
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("zone", zoneParam);
        model.addAttribute("previousPage", page.number() > 1 ? link(base, status, page.number() - 1, zoneParam) : null);
        model.addAttribute("nextPage", page.number() < page.pages()
                ? link(base, status, page.number() + 1, zoneParam) : null);
        model.addAttribute("sending", outbox.sending());
        model.addAttribute("base", base);
        return "mail/outbox";
    }

    private static String link(String base, MailStatus status, int page, String zone) {
        var link = org.springframework.web.util.UriComponentsBuilder.fromPath(base);
        if (status != null) {
            link.queryParam("status", status.name());
        }
        link.queryParam("page", page);
        if (zone != null) {
            link.queryParam("zone", zone);
        }
        return link.encode().build().toUriString();
    }

    /** What a list page was asked for: {@code ?status=FAILED&page=2&zone=Area/City}, each optional. */
    record ListQuery(String status, String page, String zone) {
    }

    static String view(Model model, Outbox outbox, OutboxEntry entry, ZoneId zone, Locale locale, String base) {
        model.addAttribute("mail", outbox.row(entry, zone, locale));
        model.addAttribute("from", outbox.from());
        model.addAttribute("text", entry.mail().text());
        model.addAttribute("sending", outbox.sending());
        model.addAttribute("base", base);
        return "mail/view";
    }

    static ResponseEntity<String> body(OutboxEntry entry) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", BODY_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(entry.mail().html());
    }
}
