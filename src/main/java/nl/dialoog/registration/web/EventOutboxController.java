package nl.dialoog.registration.web;

import java.util.Locale;
import nl.dialoog.event.EditableEvent;
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

    EventOutboxController(MailQueue mail) {
        this.mail = mail;
    }

    @GetMapping
    String list(EditableEvent editable, @RequestParam(required = false) String zone,
                @RequestParam(required = false) String status, @RequestParam(required = false) String page,
                Model model, Locale locale) {
        long id = heading(editable.event(), model, locale);
        return mail.eventOutbox(model, id, status, page, zone, editable.event().zone(), locale, base(id));
    }

    @GetMapping("/{mailId}")
    String view(EditableEvent editable, @PathVariable long mailId, @RequestParam(required = false) String zone,
                Model model, Locale locale) {
        long id = heading(editable.event(), model, locale);
        return mail.eventMail(model, id, mailId, zone, editable.event().zone(), locale, base(id));
    }

    @GetMapping("/{mailId}/body")
    ResponseEntity<String> body(EditableEvent editable, @PathVariable long mailId) {
        return mail.eventMailBody(editable.id().value(), mailId);
    }

    @PostMapping("/{mailId}/resend")
    String resend(EditableEvent editable, @PathVariable long mailId) {
        MailId copy = mail.resend(editable.id().value(), mailId);
        return "redirect:" + base(editable.id().value()) + "/" + copy.value() + "?resent";
    }

    private static long heading(EventView event, Model model, Locale locale) {
        model.addAttribute("eventTitle", event.title().resolve(locale.getLanguage(), event.defaultLanguage()));
        model.addAttribute("eventId", event.id().value());
        return event.id().value();
    }

    private static String base(long id) {
        return "/organiser/events/" + id + "/mail";
    }
}
