package nl.dialoog.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import nl.dialoog.registration.Offer;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.Registrations;
import nl.dialoog.shared.FormGuard;
import nl.dialoog.shared.Times;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
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
    private final FormPages pages;

    RegisterController(EventCatalog catalog, Registrations registrations, FieldViews fields, FormGuard guard,
                       FormPages pages) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.fields = fields;
        this.guard = guard;
        this.pages = pages;
    }

    @GetMapping
    ResponseEntity<byte[]> form(@PathVariable String slug, @RequestParam(required = false) String code, Model model,
                                Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        EventView event = event(slug);
        Offer offer = registrations.offer(event);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        FormPages.Visitor visitor = new FormPages.Visitor(csrf.getToken(), guard.issue());
        // pages for signed-in people (their menu) or with an invite code filled in are not kept
        FormPages.Key key = code != null || Boolean.TRUE.equals(model.getAttribute("signedIn")) ? null
                : new FormPages.Key(event.id().value(), event.version(), offer.version(), offer.availability(),
                        locale.getLanguage());
        response.setLocale(locale);
        String html = key == null ? null : pages.kept(key, visitor).orElse(null);
        if (html == null) {
            model.addAttribute("form", new RegisterForm("", "", event.languageFor(locale.getLanguage()),
                    event.zone().getId(), false, offer.options().privacyVersion(), code == null ? "" : code, "",
                    visitor.stamp()));
            model.addAttribute("browserZone", true);
            page(event, offer, Map.of(), Map.of(), model, locale);
            html = pages.render(key, visitor, model.asMap(), locale, request, response);
        }
        return FormPages.response(html, request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    }

    @PostMapping
    String register(@PathVariable String slug, @Valid @ModelAttribute("form") RegisterForm form,
                    BindingResult errors, @RequestParam MultiValueMap<String, String> params,
                    HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        EventView event = event(slug);
        Offer offer = registrations.offer(event);
        RegistrationOptions rules = offer.options();
        Map<Long, List<String>> answers = FieldViews.answers(rules.questions(), params);
        Map<Long, String> answerErrors = new HashMap<>();
        if (!guard.check(form.started(), form.website(), request.getRemoteAddr(), form.email()).accepted()) {
            // one message whichever check failed: a person can act on it, a bot learns nothing
            errors.reject("registration.error.slowDown");
        } else {
            NewRegistration registration = new NewRegistration(form.name(), form.email(), form.language(),
                    form.zone(), answers, Boolean.TRUE.equals(form.consent()),
                    form.privacyVersion() == null ? -1 : form.privacyVersion(), form.inviteCode());
            if (errors.hasErrors()) {
                // the fields' own checks failed: show what the registration's rules say as well, all at once
                reject(registrations.problems(event, offer, registration), errors, answerErrors);
            } else {
                try {
                    RegistrationOutcome outcome = registrations.register(event, offer, registration);
                    redirect.addFlashAttribute("outcome", outcome.kind().name());
                    redirect.addFlashAttribute("manageToken", outcome.manageToken());
                    return "redirect:/events/" + event.slug() + "/register/done";
                } catch (InvalidRegistration invalid) {
                    reject(invalid.problems(), errors, answerErrors);
                    offer = registrations.offer(event);
                }
            }
        }
        model.addAttribute("form", form.withStarted(guard.issue()));
        model.addAttribute("org.springframework.validation.BindingResult.form", errors);
        model.addAttribute("browserZone", false);
        page(event, offer, answers, answerErrors, model, locale);
        return "registration/form";
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

    private void page(EventView event, Offer offer, Map<Long, List<String>> answers,
                      Map<Long, String> answerErrors, Model model, Locale locale) {
        Availability availability = offer.availability();
        model.addAttribute("event", summary(event, locale));
        model.addAttribute("availability", availability);
        model.addAttribute("opensAt", availability.opensAt() == null ? null
                : Times.moment(availability.opensAt(), event.zone(), locale));
        model.addAttribute("questions", fields.fields(offer.options().questions(), event, answers, answerErrors,
                locale));
        model.addAttribute("languages", fields.languages(event));
        model.addAttribute("zoneOptions", ZoneChoices.options(
                model.getAttribute("form") instanceof RegisterForm chosen ? chosen.zone() : null));
        model.addAttribute("privacy", registrations.privacyText(event, offer.options(),
                event.languageFor(locale.getLanguage())));
    }

    /** Each problem once, beside its field; a field that already shows an error keeps that one. */
    private static void reject(List<InvalidRegistration.Problem> problems, BindingResult errors,
                               Map<Long, String> answerErrors) {
        for (InvalidRegistration.Problem problem : problems) {
            if (problem.field() == null) {
                errors.reject(problem.messageKey());
            } else if (problem.field().startsWith("answers.")) {
                answerErrors.putIfAbsent(Long.parseLong(problem.field().substring(8)), problem.messageKey());
            } else if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey());
            }
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
