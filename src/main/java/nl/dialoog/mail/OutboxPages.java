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

    static String list(Model model, Outbox outbox, Long eventId, ZoneId zone, Locale locale, String base) {
        model.addAttribute("mails", outbox.newest(eventId, zone, locale));
        model.addAttribute("pageSize", Outbox.PAGE_SIZE);
        model.addAttribute("sending", outbox.sending());
        model.addAttribute("base", base);
        return "mail/outbox";
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
