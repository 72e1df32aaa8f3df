package nl.dialoog.mail;

import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An event's outbox for its organisers: every mail about the event, each as its recipient sees it, and resending.
 * Only organisers who may edit the event see it; for anyone else the event does not exist (404). Times are shown
 * in the event's zone, or in the reader's own with {@code ?zone=Area/City}.
 */
@Controller
@RequestMapping("/organiser/events/{id}/mail")
class EventOutboxController {

    private final Outbox outbox;
    private final EventCatalog catalog;
    private final Accounts accounts;

    EventOutboxController(Outbox outbox, EventCatalog catalog, Accounts accounts) {
        this.outbox = outbox;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@PathVariable long id, @RequestParam(required = false) String zone,
                @RequestParam(required = false) String status, @RequestParam(required = false) String page,
                Principal principal, Model model, Locale locale) {
        EventView event = event(id, principal, model, locale);
        return OutboxPages.list(model, outbox, id, new OutboxPages.ListQuery(status, page, zone), zone(zone, event),
                locale, base(id));
    }

    @GetMapping("/{mailId}")
    String view(@PathVariable long id, @PathVariable long mailId, @RequestParam(required = false) String zone,
                Principal principal, Model model, Locale locale) {
        EventView event = event(id, principal, model, locale);
        return OutboxPages.view(model, outbox, outbox.find(mailId, id), zone(zone, event), locale, base(id));
    }

    @GetMapping("/{mailId}/body")
    ResponseEntity<String> body(@PathVariable long id, @PathVariable long mailId, Principal principal) {
        catalog.editable(new EventId(id), accounts.signedIn(principal));
        return OutboxPages.body(outbox.find(mailId, id));
    }

    @PostMapping("/{mailId}/resend")
    String resend(@PathVariable long id, @PathVariable long mailId, Principal principal) {
        catalog.editable(new EventId(id), accounts.signedIn(principal));
        MailId copy = outbox.resend(mailId, id);
        return "redirect:" + base(id) + "/" + copy.value() + "?resent";
    }

    private EventView event(long id, Principal principal, Model model, Locale locale) {
        EventView event = catalog.editable(new EventId(id), accounts.signedIn(principal));
        model.addAttribute("eventTitle", event.title().resolve(locale.getLanguage(), event.defaultLanguage()));
        model.addAttribute("eventId", id);
        return event;
    }

    private static ZoneId zone(String wanted, EventView event) {
        return Outbox.zone(wanted).orElse(event.zone());
    }

    private static String base(long id) {
        return "/organiser/events/" + id + "/mail";
    }
}
