package nl.dialoog.mail;

import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The whole outbox for administrators (/admin is theirs only): every mail of every event and the mail that belongs
 * to none, such as invitations — without an SMTP server this is where an operator finds them. Times in UTC, or in
 * the reader's zone with {@code ?zone=Area/City}.
 */
@Controller
@RequestMapping("/admin/mail")
class AdminOutboxController {

    private static final String BASE = "/admin/mail";

    private final Outbox outbox;

    AdminOutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(@RequestParam(required = false) String zone, @RequestParam(required = false) String status,
                @RequestParam(required = false) String page, Model model, Locale locale) {
        return OutboxPages.list(model, outbox, null, new OutboxPages.ListQuery(status, page, zone), zone(zone),
                locale, BASE);
    }

    @GetMapping("/{mailId}")
    String view(@PathVariable long mailId, @RequestParam(required = false) String zone, Model model, Locale locale) {
        return OutboxPages.view(model, outbox, outbox.find(mailId, null), zone(zone), locale, BASE);
    }

    @GetMapping("/{mailId}/body")
    ResponseEntity<String> body(@PathVariable long mailId) {
        return OutboxPages.body(outbox.find(mailId, null));
    }

    @PostMapping("/{mailId}/resend")
    String resend(@PathVariable long mailId) {
        return "redirect:" + BASE + "/" + outbox.resend(mailId, null).value() + "?resent";
    }

    /** Queues a test mail to the signed-in administrator, to check the SMTP settings end to end. */
    @PostMapping("/test")
    String test(Principal principal, Locale locale) {
        return "redirect:" + BASE + "/" + outbox.test(principal.getName(), locale).value() + "?queued";
    }

    private static ZoneId zone(String wanted) {
        return Outbox.zone(wanted).orElse(ZoneId.of("UTC"));
    }
}
