package nl.dialoog.registration.web;

import java.security.Principal;
import java.util.Locale;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.desk.ManualRegistration;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.desk.RegistrationDesk;
import nl.dialoog.registration.desk.RegistrationFilter;
import nl.dialoog.registration.desk.Roster;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organiser's list of an event's registrations: search and filters (a GET form, so it works without
 * JavaScript and the address can be bookmarked), counts, pages of {@value RosterModel#PAGE_SIZE}, the
 * approve/reject/give-a-place decisions and adding a person by hand.
 */
@Controller
@RequestMapping("/organiser/events/{id}/registrations")
class RegistrationListController {

    private final RegistrationAdmin admin;
    private final RegistrationDesk desk;
    private final RosterModel views;
    private final FieldViews fields;
    private final Accounts accounts;

    RegistrationListController(RegistrationAdmin admin, RegistrationDesk desk, RosterModel views, FieldViews fields,
                               Accounts accounts) {
        this.admin = admin;
        this.desk = desk;
        this.views = views;
        this.fields = fields;
        this.accounts = accounts;
    }

    @GetMapping
    String list(EditableEvent editable, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String country,
                @RequestParam(required = false) String type, @RequestParam(required = false) String language,
                @RequestParam(defaultValue = "1") String page, Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        model.addAttribute("manual", new ManualForm("", "", event.defaultLanguage(), event.zone().getId()));
        return page(event, organiser, new RosterViews.Filter(trim(q), trim(status), trim(country), trim(type),
                trim(language)), number(page), model, locale);
    }

    @PostMapping("/add")
    String add(EditableEvent editable, @ModelAttribute("manual") ManualForm form, BindingResult errors,
               Model model, Locale locale) {
        AccountView organiser = editable.organiser();
        EventView event = editable.event();
        try {
            RegistrationStatus status = desk.addManually(event.id(),
                    new ManualRegistration(form.name(), form.email(), form.language(), form.zone()), organiser);
            return "redirect:/organiser/events/" + editable.id().value() + "/registrations?added=" + status.name();
        } catch (InvalidRegistration invalid) {
            if (invalid.field() == null) {
                errors.reject(invalid.messageKey());
            } else {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        return page(event, organiser, new RosterViews.Filter(null, null, null, null, null), 1, model, locale);
    }

    @PostMapping("/{registrationId}/{decision}")
    String decide(@PathVariable long id, @PathVariable long registrationId, @PathVariable String decision,
                  Principal principal) {
        AccountView organiser = accounts.signedIn(principal);
        EventId event = new EventId(id);
        RegistrationId registration = new RegistrationId(registrationId);
        try {
            switch (decision) {
                case "approve" -> admin.approve(event, registration, organiser);
                case "reject" -> admin.reject(event, registration, organiser);
                case "promote" -> admin.promote(event, registration, organiser);
                default -> throw new nl.dialoog.registration.RegistrationNotFound();
            }
        } catch (InvalidRegistration full) {
            return "redirect:/organiser/events/" + id + "/registrations?full";
        }
        return "redirect:/organiser/events/" + id + "/registrations?" + decision;
    }

    private String page(EventView event, AccountView organiser, RosterViews.Filter filter, int number, Model model,
                        Locale locale) {
        Roster roster = desk.roster(event.id(), new RegistrationFilter(filter.q(), status(filter.status()),
                filter.country(), filter.type(), filter.language()), organiser);
        Roster all = isEmpty(filter) ? roster : desk.roster(event.id(), RegistrationFilter.NONE, organiser);
        int matches = roster.matches().size();
        int pages = Math.max(1, (matches + RosterModel.PAGE_SIZE - 1) / RosterModel.PAGE_SIZE);
        int shown = Math.min(Math.max(number, 1), pages);
        int from = (shown - 1) * RosterModel.PAGE_SIZE;
        int to = Math.min(matches, from + RosterModel.PAGE_SIZE);
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("eventId", event.id().value());
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", !isEmpty(filter));
        model.addAttribute("pager", new RosterViews.Page(shown, pages, from + 1, to, matches, roster.total()));
        model.addAttribute("registrations", views.rows(roster, from, to, locale));
        model.addAttribute("byStatus", views.statusCounts(roster.byStatus(), locale));
        model.addAttribute("byCountry", views.counts(roster.byCountry(), "country", locale));
        model.addAttribute("byType", views.counts(roster.byOrganisationType(), "type", locale));
        model.addAttribute("byLanguage", views.counts(roster.byLanguage(), "language", locale));
        model.addAttribute("statuses", views.statuses(locale));
        model.addAttribute("countries", views.options(all.byCountry(), "country", locale));
        model.addAttribute("types", views.options(all.byOrganisationType(), "type", locale));
        model.addAttribute("languages", fields.languages(event));
        model.addAttribute("zoneOptions", ZoneChoices.options(
                model.getAttribute("manual") instanceof ManualForm chosen ? chosen.zone() : null));
        model.addAttribute("removed", views.removed(roster, locale));
        return "registration/list";
    }

    private static boolean isEmpty(RosterViews.Filter filter) {
        return filter.q() == null && filter.status() == null && filter.country() == null && filter.type() == null
                && filter.language() == null;
    }

    private static RegistrationStatus status(String value) {
        for (RegistrationStatus status : RegistrationStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    private static int number(String page) {
        return page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
