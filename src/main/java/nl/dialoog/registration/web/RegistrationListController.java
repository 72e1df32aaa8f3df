package nl.dialoog.registration.web;

import java.security.Principal;
import java.util.Locale;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.RegistrationAdmin;
import nl.dialoog.registration.RegistrationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The organiser's list of an event's registrations, with counts and the approve/reject/promote decisions. */
@Controller
@RequestMapping("/organiser/events/{id}/registrations")
class RegistrationListController {

    private final RegistrationAdmin admin;
    private final EventCatalog catalog;
    private final Accounts accounts;

    RegistrationListController(RegistrationAdmin admin, EventCatalog catalog, Accounts accounts) {
        this.admin = admin;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@PathVariable long id, Principal principal, Model model, Locale locale) {
        AccountView organiser = organiser(principal);
        EventView event = catalog.editable(new EventId(id), organiser);
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("eventId", id);
        model.addAttribute("counts", admin.counts(event.id(), organiser));
        model.addAttribute("registrations", admin.registrations(event.id(), organiser));
        return "registration/list";
    }

    @PostMapping("/{registrationId}/{decision}")
    String decide(@PathVariable long id, @PathVariable long registrationId, @PathVariable String decision,
                  Principal principal) {
        AccountView organiser = organiser(principal);
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

    private AccountView organiser(Principal principal) {
        return accounts.findByEmail(principal.getName()).orElseThrow(() -> new AccessDeniedException("no account"));
    }
}
