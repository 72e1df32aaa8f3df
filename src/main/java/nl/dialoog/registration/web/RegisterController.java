package nl.dialoog.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventNotFound;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Availability;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.Registrations;
import nl.dialoog.shared.FormGuard;
import nl.dialoog.shared.Times;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public registration form of an event and the page that says what happened. */
@Controller
@RequestMapping("/events/{slug}/register")
class RegisterController {

    private final EventCatalog catalog;
    private final Registrations registrations;
    private final FieldViews fields;
    private final FormGuard guard;

    RegisterController(EventCatalog catalog, Registrations registrations, FieldViews fields, FormGuard guard) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.fields = fields;
        this.guard = guard;
    }

    @GetMapping
    String form(@PathVariable String slug, @RequestParam(required = false) String code, Model model,
                Locale locale) {
        EventView event = event(slug);
        RegistrationOptions rules = registrations.options(event.id());
        model.addAttribute("form", new RegisterForm("", "", event.languageFor(locale.getLanguage()),
                event.zone().getId(), false, rules.privacyVersion(), code == null ? "" : code, "", guard.issue()));
        model.addAttribute("browserZone", true);
        return page(event, rules, Map.of(), Map.of(), model, locale);
    }

    @PostMapping
    String register(@PathVariable String slug, @Valid @ModelAttribute("form") RegisterForm form,
                    BindingResult errors, @RequestParam MultiValueMap<String, String> params,
                    HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        EventView event = event(slug);
        RegistrationOptions rules = registrations.options(event.id());
        Map<Long, List<String>> answers = FieldViews.answers(rules.questions(), params);
        Map<Long, String> answerErrors = new HashMap<>();
        if (!guard.check(form.started(), form.website(), request.getRemoteAddr(), form.email()).accepted()) {
            // one message whichever check failed: a person can act on it, a bot learns nothing
            errors.reject("registration.error.slowDown");
        } else if (!errors.hasErrors()) {
            try {
                RegistrationOutcome outcome = registrations.register(event, new NewRegistration(form.name(),
                        form.email(), form.language(), form.zone(), answers, Boolean.TRUE.equals(form.consent()),
                        form.privacyVersion() == null ? -1 : form.privacyVersion(), form.inviteCode()));
                redirect.addFlashAttribute("outcome", outcome.kind().name());
                redirect.addFlashAttribute("manageToken", outcome.manageToken());
                return "redirect:/events/" + event.slug() + "/register/done";
            } catch (InvalidRegistration invalid) {
                reject(invalid, errors, answerErrors);
            }
        }
        model.addAttribute("form", form.withStarted(guard.issue()));
        model.addAttribute("org.springframework.validation.BindingResult.form", errors);
        model.addAttribute("browserZone", false);
        return page(event, rules, answers, answerErrors, model, locale);
    }

    @GetMapping("/done")
    String done(@PathVariable String slug, Model model, Locale locale) {
        EventView event = event(slug);
        if (!model.containsAttribute("outcome")) {
            return "redirect:/events/" + event.slug() + "/register";
        }
        model.addAttribute("event", summary(event, locale));
        return "registration/done";
    }

    private String page(EventView event, RegistrationOptions rules, Map<Long, List<String>> answers,
                        Map<Long, String> answerErrors, Model model, Locale locale) {
        Availability availability = registrations.availability(event, rules);
        model.addAttribute("event", summary(event, locale));
        model.addAttribute("availability", availability);
        model.addAttribute("opensAt", availability.opensAt() == null ? null
                : Times.moment(availability.opensAt(), event.zone(), locale));
        model.addAttribute("questions", fields.fields(rules.questions(), event, answers, answerErrors, locale));
        model.addAttribute("languages", fields.languages(event));
        model.addAttribute("zoneOptions", ZoneChoices.options(
                model.getAttribute("form") instanceof RegisterForm chosen ? chosen.zone() : null));
        model.addAttribute("privacy", registrations.privacyText(event, rules,
                event.languageFor(locale.getLanguage())));
        return "registration/form";
    }

    private static void reject(InvalidRegistration invalid, BindingResult errors, Map<Long, String> answerErrors) {
        if (invalid.field() == null) {
            errors.reject(invalid.messageKey());
        } else if (invalid.field().startsWith("answers.")) {
            answerErrors.put(Long.parseLong(invalid.field().substring(8)), invalid.messageKey());
            errors.reject("registration.error.answers");
        } else {
            errors.rejectValue(invalid.field(), invalid.messageKey());
        }
    }

    static EventSummary summary(EventView event, Locale locale) {
        var title = event.title().resolve(event.languageFor(locale.getLanguage()), event.defaultLanguage());
        return new EventSummary(event.slug(), title.text(), title.language(),
                Times.span(event.start(), event.end(), event.zone(), locale), event.zone().getId(),
                event.start().toString());
    }

    private EventView event(String slug) {
        return catalog.findPublished(slug).orElseThrow(() -> new EventNotFound(slug));
    }

    /** The event as the registration pages show it. */
    public record EventSummary(String slug, String title, String titleLanguage, String time, String zoneId,
                               String startIso) {
    }
}
