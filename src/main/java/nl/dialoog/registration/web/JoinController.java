package nl.dialoog.registration.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
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
 * countdown to the room's opening when JavaScript runs. The page reloads itself when the room opens (a meta refresh,
 * so it works without JavaScript too), and the reload lands in the room.
 */
@Controller
class JoinController {

    /** A page that waits longer than this reloads (and counts again) then: browsers time long refreshes poorly. */
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final Registrations registrations;
    private final EventCatalog catalog;
    private final List<LiveRoom> rooms;
    private final Clock clock;

    JoinController(Registrations registrations, EventCatalog catalog, List<LiveRoom> rooms, Clock clock) {
        this.registrations = registrations;
        this.catalog = catalog;
        this.rooms = rooms;
        this.clock = clock;
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
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            rooms.stream().map(room -> room.opensAt(event)).min(Comparator.naturalOrder())
                    .map(opens -> Duration.between(clock.instant(), opens))
                    .filter(wait -> !wait.isNegative())
                    .ifPresent(wait -> {
                        // Rounded up, so that the reload never arrives a moment before the room opens.
                        long seconds = wait.plusMillis(999).toSeconds();
                        model.addAttribute("opensInSeconds", seconds);
                        model.addAttribute("refreshSeconds", Math.min(seconds, LONGEST_WAIT.toSeconds()));
                    });
        }
        return "registration/join";
    }
}
