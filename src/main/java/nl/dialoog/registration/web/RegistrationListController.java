package nl.dialoog.registration.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationNotFound;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.desk.ManualRegistration;
import nl.dialoog.registration.desk.RegistrationActions;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.desk.RegistrationDesk;
import nl.dialoog.registration.desk.RosterAction;
import nl.dialoog.registration.desk.RosterPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organiser's list of an event's registrations: search and filters on status, language and each choice
 * question's answer (a GET form, so it works without JavaScript and the address can be bookmarked), the answers
 * as columns, counts, pages of {@value nl.dialoog.registration.desk.RosterQuery#PAGE_SIZE} counted in SQL, times
 * in a zone of the reader's choice (the event's by default), an action per row, and adding a person by hand. Bulk
 * actions on a selection are {@link RegistrationBulkController}'s; one person's page is
 * {@link RegistrationPersonController}'s.
 */
@Controller
@RequestMapping("/organiser/events/{id}/registrations")
class RegistrationListController {

    private final RegistrationAdmin admin;
    private final RegistrationDesk desk;
    private final RegistrationActions actions;
    private final RosterModel views;
    private final FieldViews fields;

    RegistrationListController(RegistrationAdmin admin, RegistrationDesk desk, RegistrationActions actions,
                               RosterModel views, FieldViews fields) {
        this.admin = admin;
        this.desk = desk;
        this.actions = actions;
        this.views = views;
        this.fields = fields;
    }

    @GetMapping
    String list(EditableEvent editable, @RequestParam MultiValueMap<String, String> params, Model model,
                Locale locale) {
        EventView event = editable.event();
        model.addAttribute("manual", new ManualForm("", "", event.defaultLanguage(), event.zone().getId()));
        model.addAttribute("bulkResult", views.bulkResult(params.getFirst("bulk"), params.getFirst("changed"),
                params.getFirst("skipped"), locale));
        return page(editable, RosterRequest.of(params), model, locale);
    }

    @PostMapping("/add")
    String add(EditableEvent editable, @ModelAttribute("manual") ManualForm form, BindingResult errors,
               Model model, Locale locale) {
        try {
            RegistrationStatus status = desk.addManually(editable.id(),
                    new ManualRegistration(form.name(), form.email(), form.language(), form.zone()),
                    editable.organiser());
            return "redirect:" + base(editable) + "?added=" + status.name();
        } catch (InvalidRegistration invalid) {
            if (invalid.field() == null) {
                errors.reject(invalid.messageKey());
            } else {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        return page(editable, RosterRequest.of(new LinkedMultiValueMap<>()), model, locale);
    }

    /**
     * One action on one person, from the row's menu or the person's page: approve, reject, or a
     * {@link RosterAction}. Back to where the organiser was ({@code back}: the list's query string, or "person").
     */
    @PostMapping("/{registrationId}/{decision}")
    String decide(EditableEvent editable, @PathVariable long registrationId, @PathVariable String decision,
                  @RequestParam(required = false) String action, @RequestParam(required = false) String back) {
        AccountView organiser = editable.organiser();
        RegistrationId registration = new RegistrationId(registrationId);
        String done = "act".equals(decision) ? action == null ? "" : action : decision;
        String result = "done=" + done.toLowerCase(Locale.ROOT);
        try {
            switch (done) {
                case "approve" -> admin.approve(editable.id(), registration, organiser);
                case "reject" -> admin.reject(editable.id(), registration, organiser);
                default -> actions.act(editable.id(), registration, RosterAction.named(done)
                        .orElseThrow(RegistrationNotFound::new), organiser);
            }
        } catch (InvalidRegistration refused) {
            if (!"registration.error.full".equals(refused.messageKey())) {
                throw refused;
            }
            result = "full";
        }
        if ("person".equals(back)) {
            return "redirect:" + base(editable) + "/" + registrationId + "?" + result;
        }
        String query = RosterRequest.back(back);
        return "redirect:" + base(editable) + "?" + (query.isEmpty() ? "" : query + "&") + result;
    }

    private String page(EditableEvent editable, RosterRequest request, Model model, Locale locale) {
        EventView event = editable.event();
        RosterPage roster = desk.list(event.id(), request.query(), editable.organiser());
        ZoneId zone = request.zoneOr(event.zone());
        String filters = request.filters();
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("eventId", event.id().value());
        model.addAttribute("filter", new RosterViews.Filter(request.q(),
                request.status() == null ? null : request.status().name(), request.language(), zone.getId(),
                views.answerFilters(roster, event, request.answers(), locale), pageQuery(request, roster.number())));
        model.addAttribute("filtered", request.query().filtered());
        model.addAttribute("pager", new RosterViews.Page(roster.number(), roster.pages(), roster.from(), roster.to(),
                roster.matches(), roster.total(), links(editable, request, roster)));
        model.addAttribute("questions", views.questionLabels(roster.questions(), event, locale));
        model.addAttribute("registrations", views.rows(roster, event, zone, locale));
        model.addAttribute("counts", views.counts(roster, event, locale));
        model.addAttribute("statuses", views.statuses(locale));
        model.addAttribute("bulkActions", views.bulkActions(locale));
        model.addAttribute("languages", fields.languages(event));
        model.addAttribute("zoneName", RosterModel.zoneName(zone, locale));
        model.addAttribute("viewZoneOptions", ZoneChoices.options(zone.getId()));
        model.addAttribute("zoneOptions", ZoneChoices.options(
                model.getAttribute("manual") instanceof ManualForm chosen ? chosen.zone() : null));
        model.addAttribute("removed", views.removed(roster, locale));
        model.addAttribute("clearFilters", base(editable) + (filters.contains("zone=") ? "?zone="
                + java.net.URLEncoder.encode(zone.getId(), java.nio.charset.StandardCharsets.UTF_8) : ""));
        return "registration/list";
    }

    /** The query string of the page shown, so an action leads back to it. */
    private static String pageQuery(RosterRequest request, int number) {
        return number == 1 ? request.filters() : request.pageQuery(number);
    }

    /** The first and last page, and two either side of the current one; 0 marks a gap. */
    private static List<RosterViews.PageLink> links(EditableEvent editable, RosterRequest request, RosterPage page) {
        List<RosterViews.PageLink> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= page.pages(); n++) {
            if (n == 1 || n == page.pages() || Math.abs(n - page.number()) <= 2) {
                if (last != 0 && n > last + 1) {
                    links.add(new RosterViews.PageLink(0, null, false));
                }
                links.add(new RosterViews.PageLink(n, base(editable) + "?" + request.pageQuery(n),
                        n == page.number()));
                last = n;
            }
        }
        return links;
    }

    static String base(EditableEvent editable) {
        return "/organiser/events/" + editable.id().value() + "/registrations";
    }
}
