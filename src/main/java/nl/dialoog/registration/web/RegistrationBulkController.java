package nl.dialoog.registration.web;

import java.util.List;
import java.util.Locale;
import nl.dialoog.event.EditableEvent;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.desk.BulkOutcome;
import nl.dialoog.registration.desk.RegistrationActions;
import nl.dialoog.registration.desk.RosterAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "With selected: …" on the registrations list. The first post only asks: it names the action and the number of
 * people (and who they are), and changes nothing; the second, from that page, does it, one audit entry per person,
 * and goes back to the list as it was, saying how many it changed and how many it left alone.
 */
@Controller
@RequestMapping("/organiser/events/{id}/registrations/bulk")
class RegistrationBulkController {

    private final RegistrationActions actions;
    private final RosterModel views;

    RegistrationBulkController(RegistrationActions actions, RosterModel views) {
        this.actions = actions;
        this.views = views;
    }

    @PostMapping
    String confirm(EditableEvent editable, @RequestParam(name = "id", required = false) List<String> ids,
                   @RequestParam(required = false) String action, @RequestParam(required = false) String back,
                   Model model, Locale locale) {
        RosterAction chosen = action(action);
        List<RegistrationView> people = actions.selection(editable.id(), numbers(ids), editable.organiser());
        long applies = people.stream().filter(p -> RegistrationActions.applies(chosen, p.status())).count();
        model.addAttribute("event", RegisterController.summary(editable.event(), locale));
        model.addAttribute("eventId", editable.id().value());
        model.addAttribute("action", chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("actionLabel", views.action(chosen, locale));
        model.addAttribute("people", people.stream().map(p -> new RosterViews.Option(String.valueOf(p.id().value()),
                p.name() + " (" + views.status(p.status(), locale) + ")")).toList());
        model.addAttribute("applies", applies);
        model.addAttribute("skipped", people.size() - applies);
        model.addAttribute("back", RosterRequest.back(back));
        return "registration/bulk";
    }

    @PostMapping("/confirm")
    String run(EditableEvent editable, @RequestParam(name = "id", required = false) List<String> ids,
               @RequestParam(required = false) String action, @RequestParam(required = false) String back) {
        BulkOutcome outcome = actions.bulk(editable.id(), numbers(ids), action(action), editable.organiser());
        String query = RosterRequest.back(back);
        return "redirect:" + RegistrationListController.base(editable) + "?" + (query.isEmpty() ? "" : query + "&")
                + "bulk=" + outcome.action().name().toLowerCase(Locale.ROOT) + "&changed=" + outcome.done()
                + "&skipped=" + outcome.skipped();
    }

    private static RosterAction action(String action) {
        return RosterAction.named(action).orElseThrow(() -> new InvalidRegistration("action",
                "registration.bulk.action"));
    }

    /** The selected ids; anything else than a number is refused, before anything is read or changed. */
    private static List<Long> numbers(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidRegistration(null, "registration.bulk.selection");
        }
        if (ids.size() > RegistrationActions.MAX_SELECTION || !ids.stream().allMatch(id -> id.matches("\\d{1,18}"))) {
            throw new InvalidRegistration(null, "registration.bulk.selection");
        }
        return ids.stream().map(Long::parseLong).toList();
    }
}
