package nl.dialoog.contact.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import nl.dialoog.account.AccountView;
import nl.dialoog.contact.ContactMessages;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventNotFound;
import nl.dialoog.event.EventView;
import nl.dialoog.shared.FormGuard;
import nl.dialoog.shared.FormSecret;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The contact form on an event, the page after sending, and the organisers' inbox. */
@Controller
class ContactPages {

    private final EventCatalog events;
    private final ContactMessages messages;
    private final FormGuard guard;

    ContactPages(EventCatalog events, ContactMessages messages, ContactSettings settings,
                 FormSecret secret, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.guard = new FormGuard(secret.key(), clock, settings.minimumFillTime(), settings.perClient(),
                settings.perEmail(), settings.window());
    }

    @GetMapping("/events/{slug}/contact")
    String form(@PathVariable String slug, Model model, Locale locale) {
        model.addAttribute("contact", ContactForm.blank(guard.issue()));
        return show(published(slug), model, locale);
    }

    @PostMapping("/events/{slug}/contact")
    String send(@PathVariable String slug, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
                HttpServletRequest request, Model model, Locale locale) {
        EventView event = published(slug);
        if (!errors.hasErrors()) {
            FormGuard.Verdict verdict = guard.check(form.token(), form.website(), request.getRemoteAddr(),
                    form.email());
            if (verdict.accepted()) {
                messages.receive(event, form.toMessage(locale.getLanguage()));
                return "redirect:/events/" + slug + "/contact/sent";
            }
            errors.reject(verdict.messageKey());
        }
        model.addAttribute("contact", form.withToken(guard.issue()));
        model.addAttribute("org.springframework.validation.BindingResult.contact", errors);
        return show(event, model, locale);
    }

    @GetMapping("/events/{slug}/contact/sent")
    String sent(@PathVariable String slug, Model model, Locale locale) {
        describe(published(slug), model, locale);
        return "contact/sent";
    }

    @GetMapping("/organiser/events/{id}/messages")
    String inbox(EditableEvent editable, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        model.addAttribute("event", event);
        model.addAttribute("eventTitle", event.title().resolve(locale.getLanguage(), event.defaultLanguage()).text());
        model.addAttribute("messages", messages.forEvent(event.id(), organiser).stream()
                .map(m -> InboxLine.of(m, locale)).toList());
        return "contact/inbox";
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetIdleLimits() {
        guard.sweep();
    }

    private String show(EventView event, Model model, Locale locale) {
        describe(event, model, locale);
        return "contact/form";
    }

    private void describe(EventView event, Model model, Locale locale) {
        model.addAttribute("slug", event.slug());
        model.addAttribute("eventTitle", event.title().resolve(locale.getLanguage(), event.defaultLanguage()).text());
        model.addAttribute("titleLanguage",
                event.title().resolve(locale.getLanguage(), event.defaultLanguage()).language());
    }

    private EventView published(String slug) {
        return events.findPublished(slug).orElseThrow(() -> new EventNotFound(slug));
    }
}
