package nl.dialoog.registration.web;

import java.util.List;
import java.util.Locale;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.LiveRoom;
import nl.dialoog.registration.RegistrationNotFound;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.shared.Times;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The personal join link. Once the event's live room is open (see {@link LiveRoom}) it forwards there; before that
 * it shows a waiting page: the event's time in the person's zone (with the zone's name) and the event's, and a
 * countdown when JavaScript runs.
 */
@Controller
class JoinController {

    private final Registrations registrations;
    private final EventCatalog catalog;
    private final List<LiveRoom> rooms;

    JoinController(Registrations registrations, EventCatalog catalog, List<LiveRoom> rooms) {
        this.registrations = registrations;
        this.catalog = catalog;
        this.rooms = rooms;
    }

    @GetMapping("/join/{token}")
    String join(@PathVariable String token, Model model, Locale locale) {
        RegistrationView registration = registrations.byJoinToken(token);
        EventView event = catalog.find(registration.eventId()).orElseThrow(RegistrationNotFound::new);
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            for (LiveRoom room : rooms) {
                if (room.isOpen(event)) {
                    return "forward:" + room.entryPath(token);
                }
            }
        }
        model.addAttribute("event", RegisterController.summary(event, locale));
        model.addAttribute("yourTime", Times.span(event.start(), event.end(), registration.zone(), locale));
        model.addAttribute("yourZone", registration.zone().getId());
        model.addAttribute("name", registration.name());
        return "registration/join";
    }
}
