package nl.dialoog.registration.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailContent;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.broadcast.Broadcasts;
import nl.dialoog.registration.broadcast.MessageText;
import nl.dialoog.registration.broadcast.NewBroadcast;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Mailing an event's registrants: write the message per language, preview it, send it to yourself, confirm the number
 * of recipients, send; and follow the progress of earlier messages. Sending asks for a test sent of the very same
 * message first ({@code tested} carries its fingerprint) and for the number of recipients the organiser confirmed
 * ({@code expected}): when the audience changed since, the page asks again with the new number.
 */
@Controller
@RequestMapping("/organiser/events/{id}/broadcasts")
class BroadcastController {

    /** One language's text; the first is the event's first language. */
    record TextForm(String language, String subject, String body) {
    }

    /** status and language are blank for "everyone"; action is "preview", "test", "confirm" or "send". */
    record BroadcastForm(List<TextForm> texts, String status, String language, String action, String tested,
                         Integer expected) {

        BroadcastForm {
            texts = texts == null ? List.of() : texts;
        }

        static BroadcastForm blank(EventView event) {
            return new BroadcastForm(event.languages().stream().map(code -> new TextForm(code, "", "")).toList(), "",
                    "", null, null, null);
        }

        /** The texts in the event's languages, in its order, with what was sent for each. */
        BroadcastForm forLanguages(EventView event) {
            List<TextForm> all = new ArrayList<>();
            for (String code : event.languages()) {
                all.add(texts.stream().filter(text -> code.equals(text.language())).findFirst()
                        .orElse(new TextForm(code, "", "")));
            }
            return new BroadcastForm(all, status, language, action, tested, expected);
        }

        NewBroadcast toBroadcast(EventView event) {
            RegistrationStatus filter = null;
            if (status != null && !status.isBlank()) {
                try {
                    filter = RegistrationStatus.valueOf(status);
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidRegistration("status", "registration.error.unknownChoice");
                }
            }
            TextForm first = texts.getFirst();
            Map<String, MessageText> translations = new LinkedHashMap<>();
            texts.stream().skip(1).forEach(text -> translations.put(text.language(),
                    new MessageText(text.subject(), text.body())));
            return new NewBroadcast(first.subject(), first.body(), filter,
                    language == null || language.isBlank() ? null : language, translations);
        }

        /** What the test mail was sent for: the texts and the audience, hashed. */
        String fingerprint() {
            StringBuilder all = new StringBuilder().append(status).append('\u0000').append(language);
            texts.forEach(text -> all.append('\u0000').append(text.language()).append('\u0000')
                    .append(text.subject() == null ? "" : text.subject().strip()).append('\u0000')
                    .append(text.body() == null ? "" : text.body().strip()));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        BroadcastForm tested(String fingerprint, Integer expected) {
            return new BroadcastForm(texts, status, language, action, fingerprint, expected);
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
        model.addAttribute("message", BroadcastForm.blank(editable.event()));
        return render(editable.event(), editable.organiser(), model, locale);
    }

    @PostMapping
    String post(EditableEvent editable, @ModelAttribute("message") BroadcastForm sent, BindingResult binding,
                Model model, Locale locale, HttpSession session) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        BroadcastForm form = sent.forLanguages(event);
        String fingerprint = form.fingerprint();
        boolean tested = fingerprint.equals(form.tested());
        BroadcastForm shown = form.tested(tested ? fingerprint : null, null);
        List<InvalidRegistration.Problem> problems = new ArrayList<>();
        try {
            NewBroadcast broadcast = form.toBroadcast(event);
            String action = form.action() == null ? "preview" : form.action();
            if (("confirm".equals(action) || "send".equals(action)) && !tested) {
                problems.add(new InvalidRegistration.Problem(null, "registration.broadcast.testFirst"));
            } else if ("test".equals(action)) {
                broadcasts.sendTest(event.id(), broadcast, organiser);
                model.addAttribute("testedTo", organiser.email());
                shown = form.tested(fingerprint, null);
            } else if ("confirm".equals(action) || "send".equals(action)) {
                int audience = broadcasts.audience(event.id(), broadcast, organiser);
                if ("send".equals(action) && form.expected() != null && form.expected() == audience
                        && audience > 0) {
                    broadcasts.send(event.id(), broadcast, organiser);
                    return "redirect:/organiser/events/" + editable.id().value() + "/broadcasts?sent";
                }
                model.addAttribute("changed", "send".equals(action));
                shown = form.tested(fingerprint, audience);
            }
            Map<String, MailContent> previews = broadcasts.previews(event.id(), broadcast, organiser);
            Map<String, String> frames = new LinkedHashMap<>();
            previews.forEach((code, mail) -> frames.put(code,
                    MailPreviews.keep(session, event.id().value(), mail.html())));
            model.addAttribute("previews", previews);
            model.addAttribute("frames", frames);
            model.addAttribute("audience", broadcasts.audience(event.id(), broadcast, organiser));
        } catch (InvalidRegistration invalid) {
            problems.addAll(invalid.problems());
        }
        // the errors are bound to the form as shown (every language's text), read field by field
        BindingResult errors = new DirectFieldBindingResult(shown, "message");
        for (InvalidRegistration.Problem problem : problems) {
            if (problem.field() == null) {
                errors.reject(problem.messageKey());
            } else {
                errors.rejectValue(path(problem.field(), event), problem.messageKey());
            }
        }
        model.addAttribute("message", shown);
        model.addAttribute("org.springframework.validation.BindingResult.message", errors);
        return render(event, organiser, model, locale);
    }

    /** The form path of a problem's field: "subject:fr" is the subject of the French text. */
    private static String path(String field, EventView event) {
        String[] parts = field.split(":", 2);
        if (!parts[0].equals("subject") && !parts[0].equals("body")) {
            return field;
        }
        int index = parts.length == 1 ? 0 : Math.max(0, event.languages().indexOf(parts[1]));
        return "texts[" + index + "]." + parts[0];
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
