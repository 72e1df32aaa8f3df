package nl.dialoog.registration.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailContent;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.mailtext.MailTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The texts of an event's confirmation, reminder and follow-up mails, one mail and one language at a time: edit with
 * placeholders, preview as sent (HTML and plain text), save, or reset to the default text.
 */
@Controller
@RequestMapping("/organiser/events/{id}/mail-texts")
class MailTextController {

    /** action is "preview", "save" or "reset". */
    record MailTextForm(String kind, String language, String subject, String body, String action) {
    }

    private final MailTexts texts;
    private final FieldViews fields;

    MailTextController(MailTexts texts, FieldViews fields) {
        this.texts = texts;
        this.fields = fields;
    }

    @GetMapping
    String page(EditableEvent editable, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String language, Model model, Locale locale,
                HttpSession session) {
        EventView event = editable.event();
        String chosenKind = kind == null ? MailTexts.kinds().getFirst() : kind;
        String chosenLanguage = language == null ? event.defaultLanguage() : language;
        MailTexts.MailText text = texts.text(event.id(), chosenKind, chosenLanguage, editable.organiser());
        model.addAttribute("text", new MailTextForm(chosenKind, chosenLanguage, text.subject(), text.body(), null));
        model.addAttribute("custom", text.custom());
        preview(model, session, event, texts.preview(event.id(), chosenKind, chosenLanguage, text.subject(),
                text.body(), editable.organiser()));
        return render(event, model, locale);
    }

    @PostMapping
    String post(EditableEvent editable, @ModelAttribute("text") MailTextForm form, Model model, Locale locale,
                HttpSession session) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        // an unknown mail or language is a bad request, not a form to show again
        MailTexts.MailText saved = texts.text(event.id(), form.kind(), form.language(), organiser);
        String back = "redirect:/organiser/events/" + editable.id().value() + "/mail-texts?kind=" + form.kind()
                + "&language=" + form.language();
        BindingResult errors = new DirectFieldBindingResult(form, "text");
        try {
            if ("reset".equals(form.action())) {
                texts.reset(event.id(), form.kind(), form.language(), organiser);
                return back + "&reset";
            }
            if ("save".equals(form.action())) {
                texts.save(event.id(), form.kind(), form.language(), form.subject(), form.body(), organiser);
                return back + "&saved";
            }
            preview(model, session, event, texts.preview(event.id(), form.kind(), form.language(), form.subject(),
                    form.body(), organiser));
        } catch (InvalidRegistration invalid) {
            invalid.problems().forEach(problem -> errors.rejectValue(problem.field(), problem.messageKey()));
        }
        model.addAttribute("custom", saved.custom());
        model.addAttribute("org.springframework.validation.BindingResult.text", errors);
        return render(event, model, locale);
    }

    private static void preview(Model model, HttpSession session, EventView event, MailContent preview) {
        model.addAttribute("preview", preview);
        model.addAttribute("frame", MailPreviews.keep(session, event.id().value(), preview.html()));
    }

    private String render(EventView event, Model model, Locale locale) {
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("eventId", event.id().value());
        model.addAttribute("kinds", MailTexts.kinds());
        model.addAttribute("placeholders", MailTexts.placeholders());
        List<FieldViews.Choice> languages = fields.languages(event);
        model.addAttribute("languages", languages);
        String language = ((MailTextForm) model.getAttribute("text")).language();
        model.addAttribute("languageName", languages.stream().filter(choice -> choice.code().equals(language))
                .map(FieldViews.Choice::name).findFirst().orElse(language));
        return "registration/mail-texts";
    }
}
