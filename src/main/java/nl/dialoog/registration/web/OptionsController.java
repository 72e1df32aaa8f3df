package nl.dialoog.registration.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.web.OrganiserForms.ImportForm;
import nl.dialoog.registration.web.OrganiserForms.InviteForm;
import nl.dialoog.registration.web.OrganiserForms.OptionsForm;
import nl.dialoog.registration.web.OrganiserForms.QuestionForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The organiser's registration options of one event: capacity, times, rules, privacy text, questions, invites. */
@Controller
@RequestMapping("/organiser/events/{id}/registration")
class OptionsController {

    private final RegistrationAdmin admin;
    private final Accounts accounts;
    private final FieldViews fields;

    OptionsController(RegistrationAdmin admin, Accounts accounts, FieldViews fields) {
        this.admin = admin;
        this.accounts = accounts;
        this.fields = fields;
    }

    @GetMapping
    String page(EditableEvent editable, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        model.addAttribute("options", OptionsForm.of(admin.options(event.id(), organiser), event));
        return render(event, organiser, model, locale);
    }

    @PostMapping
    String save(EditableEvent editable, @Valid @ModelAttribute("options") OptionsForm form, BindingResult errors,
                Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        if (!errors.hasErrors()) {
            try {
                admin.saveOptions(event.id(), form.toOptions(event), organiser);
                return "redirect:/organiser/events/" + editable.id().value() + "/registration?saved";
            } catch (InvalidRegistration invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            } catch (java.time.DateTimeException badDate) {
                errors.rejectValue("opensAt", "registration.error.dateTime");
            }
        }
        return render(event, organiser, model, locale);
    }

    @PostMapping("/questions")
    String addQuestion(EditableEvent editable, @Valid @ModelAttribute("question") QuestionForm form,
                       BindingResult errors, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        QuestionKind kind = null;
        try {
            kind = QuestionKind.valueOf(form.kind());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            errors.rejectValue("kind", "registration.error.unknownChoice");
        }
        if (!errors.hasErrors()) {
            try {
                admin.addQuestion(event.id(), kind, Boolean.TRUE.equals(form.required()),
                        OrganiserForms.text(form.labels()), QuestionChoices.parse(form.choices(), event, List.of()),
                        organiser);
                return "redirect:/organiser/events/" + editable.id().value() + "/registration?questionAdded";
            } catch (InvalidRegistration invalid) {
                errors.rejectValue(invalid.field().equals("label") ? "labels" : invalid.field(), invalid.messageKey());
            }
        }
        model.addAttribute("options", OptionsForm.of(admin.options(event.id(), organiser), event));
        return render(event, organiser, model, locale);
    }

    @PostMapping("/questions/{questionId}/remove")
    String removeQuestion(@PathVariable long id, @PathVariable long questionId, Principal principal) {
        admin.removeQuestion(new EventId(id), questionId, accounts.signedIn(principal));
        return "redirect:/organiser/events/" + id + "/registration?questionRemoved";
    }

    @PostMapping("/invites")
    String invite(@PathVariable long id, @Valid @ModelAttribute("invite") InviteForm form, BindingResult errors,
                  Principal principal) {
        AccountView organiser = accounts.signedIn(principal);
        if (errors.hasErrors()) {
            return "redirect:/organiser/events/" + id + "/registration";
        }
        admin.createInvite(new EventId(id), form.email(), form.name(), organiser);
        return "redirect:/organiser/events/" + id + "/registration?inviteCreated#invites";
    }

    @PostMapping("/invites/import")
    String importInvites(@PathVariable long id, @Valid @ModelAttribute("import") ImportForm form,
                         BindingResult errors, Principal principal) {
        if (!errors.hasErrors() && form.csv() != null) {
            admin.importInvites(new EventId(id), form.csv(), accounts.signedIn(principal));
        }
        return "redirect:/organiser/events/" + id + "/registration?imported#invites";
    }

    private String render(EventView event, AccountView organiser, Model model, Locale locale) {
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", QuestionForm.blank(event));
        }
        model.addAttribute("invite", new InviteForm("", ""));
        model.addAttribute("import", new ImportForm(""));
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("eventId", event.id().value());
        // "Central European Standard Time, Europe/Amsterdam": the zone in words, its id for those who know ids
        model.addAttribute("zoneLabel", nl.dialoog.shared.Times.zoneName(event.start(), event.zone(), locale)
                + ", " + event.zone().getId());
        model.addAttribute("languages", fields.languages(event));
        model.addAttribute("kinds", List.of(QuestionKind.values()));
        model.addAttribute("questions", admin.options(event.id(), organiser).questions().stream()
                .map(q -> new FieldViews.Choice(String.valueOf(q.id()), QuestionEditController.label(q, event, locale)))
                .toList());
        model.addAttribute("invites", admin.invites(event.id(), organiser));
        return "registration/options";
    }
}
