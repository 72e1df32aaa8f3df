package nl.dialoog.registration.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationNotFound;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.shared.Times;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The personal manage link: see one's registration, change answers, language and time zone, confirm the address,
 * cancel. The token is the only key; anything else is a 404, and nothing here can approve or show anyone else.
 */
@Controller
class ManageController {

    private final Registrations registrations;
    private final EventCatalog catalog;
    private final FieldViews fields;

    ManageController(Registrations registrations, EventCatalog catalog, FieldViews fields) {
        this.registrations = registrations;
        this.catalog = catalog;
        this.fields = fields;
    }

    @GetMapping("/registrations/{token}")
    String view(@PathVariable String token, Model model, Locale locale) {
        RegistrationView registration = registrations.byManageToken(token);
        model.addAttribute("form", new ManageForm(registration.language(), registration.zone().getId()));
        return page(token, registration, registration.answers(), Map.of(), model, locale);
    }

    @PostMapping("/registrations/{token}")
    String change(@PathVariable String token, @Valid @ModelAttribute("form") ManageForm form, BindingResult errors,
                  @RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        RegistrationView registration = registrations.byManageToken(token);
        RegistrationOptions rules = registrations.options(registration.eventId());
        Map<Long, List<String>> answers = FieldViews.answers(rules.questions(), params);
        Map<Long, String> answerErrors = new HashMap<>();
        if (!errors.hasErrors()) {
            try {
                registrations.change(token, form.language(), form.zone(), answers);
                return "redirect:/registrations/" + token + "?saved";
            } catch (InvalidRegistration invalid) {
                if (invalid.field().startsWith("answers.")) {
                    answerErrors.put(Long.parseLong(invalid.field().substring(8)), invalid.messageKey());
                    errors.reject("registration.error.answers");
                } else {
                    errors.rejectValue(invalid.field(), invalid.messageKey());
                }
            }
        }
        return page(token, registration, answers, answerErrors, model, locale);
    }

    @PostMapping("/registrations/{token}/verify")
    String verify(@PathVariable String token) {
        registrations.verify(token);
        return "redirect:/registrations/" + token + "?verified";
    }

    @PostMapping("/registrations/{token}/new-links")
    String renewLinks(@PathVariable String token) {
        return "redirect:/registrations/" + registrations.renewLinks(token) + "?renewed";
    }

    @PostMapping("/registrations/{token}/cancel")
    String cancel(@PathVariable String token) {
        registrations.cancel(token);
        return "registration/cancelled";
    }

    private String page(String token, RegistrationView registration, Map<Long, List<String>> answers,
                        Map<Long, String> answerErrors, Model model, Locale locale) {
        EventView event = catalog.find(registration.eventId()).orElseThrow(RegistrationNotFound::new);
        model.addAttribute("token", token);
        model.addAttribute("joinToken", registrations.joinToken(token).orElse(null));
        model.addAttribute("registration", registration);
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("yourTime", Times.span(event.start(), event.end(), registration.zone(), locale));
        model.addAttribute("questions", fields.fields(registrations.options(event.id()).questions(), event, answers,
                answerErrors, locale));
        model.addAttribute("languages", fields.languages(event));
        model.addAttribute("zoneOptions", ZoneChoices.options(
                model.getAttribute("form") instanceof ManageForm chosen ? chosen.zone() : null));
        return "registration/manage";
    }
}
