package nl.dialoog.registration.web;

import java.util.Locale;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.broadcast.Broadcasts;
import nl.dialoog.registration.broadcast.NewBroadcast;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Mailing an event's registrants: write, preview, send, and follow the progress of earlier messages. */
@Controller
@RequestMapping("/organiser/events/{id}/broadcasts")
class BroadcastController {

    /** status and language are blank for "everyone"; action is "preview" or "send". */
    record BroadcastForm(String subject, String body, String status, String language, String action) {

        static BroadcastForm blank() {
            return new BroadcastForm("", "", "", "", null);
        }

        NewBroadcast toBroadcast() {
            RegistrationStatus filter = null;
            if (status != null && !status.isBlank()) {
                try {
                    filter = RegistrationStatus.valueOf(status);
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidRegistration("status", "registration.error.unknownChoice");
                }
            }
            return new NewBroadcast(subject, body, filter, language == null || language.isBlank() ? null : language);
        }
    }

    private final Broadcasts broadcasts;
    private final FieldViews fields;

    BroadcastController(Broadcasts broadcasts, FieldViews fields) {
        this.broadcasts = broadcasts;
        this.fields = fields;
    }

    @GetMapping
    String page(EditableEvent editable, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        model.addAttribute("message", BroadcastForm.blank());
        return render(event, organiser, model, locale);
    }

    @PostMapping
    String post(EditableEvent editable, @ModelAttribute("message") BroadcastForm form, BindingResult errors,
                Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        try {
            NewBroadcast broadcast = form.toBroadcast();
            if ("send".equals(form.action())) {
                broadcasts.send(event.id(), broadcast, organiser);
                return "redirect:/organiser/events/" + editable.id().value() + "/broadcasts?sent";
            }
            model.addAttribute("preview", broadcasts.preview(event.id(), broadcast, locale.getLanguage(), organiser));
            model.addAttribute("audience", broadcasts.audience(event.id(), broadcast, organiser));
        } catch (InvalidRegistration invalid) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
        }
        return render(event, organiser, model, locale);
    }

    private String render(EventView event, AccountView organiser, Model model, Locale locale) {
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("eventId", event.id().value());
        model.addAttribute("statuses", Broadcasts.FILTERS);
        model.addAttribute("languages", fields.languages(event));
        model.addAttribute("languageNames", event.languages().stream().collect(java.util.stream.Collectors.toMap(
                code -> code, code -> nl.dialoog.shared.Languages.name(code, locale), (a, b) -> a)));
        model.addAttribute("broadcasts", broadcasts.ofEvent(event.id(), organiser));
        return "registration/broadcasts";
    }
}
