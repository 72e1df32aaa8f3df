package nl.dialoog.registration.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.desk.PersonFile;
import nl.dialoog.registration.desk.RegistrationActions;
import nl.dialoog.registration.internal.Admission;
import nl.dialoog.shared.AuditSentences;
import nl.dialoog.shared.Times;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One registration's page for its organisers: the person, their answers, the actions, a form to correct name,
 * language and time zone, the mails about their registration (each linked to the event's outbox) and the audit
 * entries about it. Times in the event's zone, or {@code ?zone=Area/City}, named.
 */
@Controller
@RequestMapping("/organiser/events/{id}/registrations/{registrationId:\\d{1,18}}")
class RegistrationPersonController {

    private final RegistrationActions actions;
    private final RosterModel views;
    private final FieldViews fields;

    private final Accounts accounts;
    private final AuditSentences sentences;
    private final MessageSource messages;

    RegistrationPersonController(RegistrationActions actions, RosterModel views, FieldViews fields, Accounts accounts,
                                 AuditSentences sentences, MessageSource messages) {
        this.accounts = accounts;
        this.sentences = sentences;
        this.messages = messages;
        this.actions = actions;
        this.views = views;
        this.fields = fields;
    }

    @GetMapping
    String show(EditableEvent editable, @PathVariable long registrationId,
                @RequestParam(required = false) String zone, Model model, Locale locale) {
        PersonFile file = actions.person(editable.id(), new RegistrationId(registrationId), editable.organiser());
        return page(editable, file, new PersonForm(file.registration().name(), file.registration().language(),
                file.registration().zone().getId()), null, zone, model, locale);
    }

    @PostMapping("/edit")
    String edit(EditableEvent editable, @PathVariable long registrationId, PersonForm form, Model model,
                Locale locale) {
        RegistrationId id = new RegistrationId(registrationId);
        try {
            actions.edit(editable.id(), id, form.name(), form.language(), form.zone(), editable.organiser());
            return "redirect:" + RegistrationListController.base(editable) + "/" + registrationId + "?edited";
        } catch (InvalidRegistration invalid) {
            PersonFile file = actions.person(editable.id(), id, editable.organiser());
            return page(editable, file, form, invalid, null, model, locale);
        }
    }

    /** The edit form as sent. */
    record PersonForm(String name, String language, String zone) {
    }

    private String page(EditableEvent editable, PersonFile file, PersonForm form, InvalidRegistration error,
                        String zone, Model model, Locale locale) {
        EventView event = editable.event();
        ZoneId shown = zone != null && Times.zoneChoices().contains(zone) ? ZoneId.of(zone) : event.zone();
        RegistrationView person = file.registration();
        String base = RegistrationListController.base(editable);
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("eventId", event.id().value());
        model.addAttribute("person", person);
        model.addAttribute("statusLabel", views.status(person.status(), locale));
        model.addAttribute("registeredAt", RosterModel.when(person.createdAt(), shown, locale));
        model.addAttribute("zoneName", RosterModel.zoneName(shown, locale));
        model.addAttribute("answers", views.answers(person, file.questions(), event, locale));
        model.addAttribute("actions", views.actions(person.status(), locale));
        model.addAttribute("form", form);
        model.addAttribute("error", error == null ? null : error.messageKey());
        model.addAttribute("errorField", error == null ? null : error.field());
        model.addAttribute("languages", fields.languages(event));
        model.addAttribute("zoneOptions", ZoneChoices.options(form.zone()));
        model.addAttribute("mails", file.mails().stream().map(mail -> new RosterViews.Mail(
                RosterModel.when(mail.createdAt(), shown, locale), mail.subject(),
                views.mailStatus(mail.status(), locale),
                "/organiser/events/" + event.id().value() + "/mail/" + mail.id().value())).toList());
        TrailNames names = new TrailNames(event.id().value(), RegisterController.summary(event, locale).title(),
                Map.of(Admission.subject(person.id()), person), accounts, sentences, messages);
        model.addAttribute("trail", file.trail().stream().map(entry -> new RosterViews.TrailEntry(
                RosterModel.when(entry.occurredAt(), shown, locale), sentences.of(entry, names, locale))).toList());
        model.addAttribute("listUrl", base);
        return "registration/person";
    }
}
