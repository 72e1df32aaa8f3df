package nl.dialoog.registration.web;

import java.security.Principal;
import java.util.Locale;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailId;
import nl.dialoog.mail.MailQueue;
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
 * in the event's zone, or in the reader's own with {@code ?zone=Area/City}. It lives here, not in mail, because
 * this module may know events and organisers and mail may not (DESIGN.md's module table); the pages are mail's.
 */
@Controller
@RequestMapping("/organiser/events/{id}/mail")
class EventOutboxController {

    private final MailQueue mail;
    private final EventCatalog catalog;
    private final Accounts accounts;

    EventOutboxController(MailQueue mail, EventCatalog catalog, Accounts accounts) {
        this.mail = mail;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@PathVariable long id, @RequestParam(required = false) String zone,
                @RequestParam(required = false) String status, @RequestParam(required = false) String page,
                Principal principal, Model model, Locale locale) {
        EventView event = event(id, principal, model, locale);
        return mail.eventOutbox(model, id, status, page, zone, event.zone(), locale, base(id));
    }

    @GetMapping("/{mailId}")
    String view(@PathVariable long id, @PathVariable long mailId, @RequestParam(required = false) String zone,
                Principal principal, Model model, Locale locale) {
        EventView event = event(id, principal, model, locale);
        return mail.eventMail(model, id, mailId, zone, event.zone(), locale, base(id));
    }

    @GetMapping("/{mailId}/body")
    ResponseEntity<String> body(@PathVariable long id, @PathVariable long mailId, Principal principal) {
        catalog.editable(new EventId(id), accounts.signedIn(principal));
        return mail.eventMailBody(id, mailId);
    }

    @PostMapping("/{mailId}/resend")
    String resend(@PathVariable long id, @PathVariable long mailId, Principal principal) {
        catalog.editable(new EventId(id), accounts.signedIn(principal));
        MailId copy = mail.resend(id, mailId);
        return "redirect:" + base(id) + "/" + copy.value() + "?resent";
    }

    private EventView event(long id, Principal principal, Model model, Locale locale) {
        EventView event = catalog.editable(new EventId(id), accounts.signedIn(principal));
        model.addAttribute("eventTitle", event.title().resolve(locale.getLanguage(), event.defaultLanguage()));
        model.addAttribute("eventId", id);
        return event;
    }

    private static String base(long id) {
        return "/organiser/events/" + id + "/mail";
    }
}
