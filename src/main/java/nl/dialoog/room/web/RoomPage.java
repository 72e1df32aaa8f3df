package nl.dialoog.room.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClosed;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.Rooms;
import nl.dialoog.shared.DomainError;
import nl.dialoog.stage.Stage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room page: participants arrive through their join link (forwarded here by {@code registration} once the
 * room is open), organisers through their event's page as hosts. {@code ?text=1} leaves the stage out.
 */
@Controller
class RoomPage {

    private final Rooms rooms;
    private final EventCatalog catalog;
    private final Accounts accounts;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Stage stage;

    RoomPage(Rooms rooms, EventCatalog catalog, Accounts accounts, MessageSource messages, JsonMapper json,
             Stage stage) {
        this.rooms = rooms;
        this.catalog = catalog;
        this.accounts = accounts;
        this.messages = messages;
        this.json = json;
        this.stage = stage;
    }

    @GetMapping("/room/join/{token}")
    String attendee(@PathVariable String token, @RequestParam(defaultValue = "false") boolean text, Model model,
                    Locale locale) {
        return page(rooms.enterByJoinToken(token), text, model, locale);
    }

    @GetMapping("/organiser/events/{id}/room")
    String host(@PathVariable long id, @RequestParam(defaultValue = "false") boolean text, Principal principal,
                Model model, Locale locale) {
        return page(rooms.enterAsHost(new EventId(id), accounts.signedIn(principal)), text, model, locale);
    }

    @PostMapping("/organiser/events/{id}/room/opening")
    String opening(@PathVariable long id, @RequestParam(defaultValue = "-1") String minutes, Principal principal,
                   RedirectAttributes flash) {
        int value;
        try {
            value = Integer.parseInt(minutes.strip());
        } catch (NumberFormatException notANumber) {
            value = -1;
        }
        try {
            rooms.setOpening(new EventId(id), value, accounts.signedIn(principal));
            flash.addFlashAttribute("openingSaved", value);
        } catch (DomainError refused) {
            flash.addFlashAttribute("openingError", refused.messageKey());
        }
        return "redirect:/organiser/events/" + id + "/room";
    }

    String page(RoomDoor door, boolean textOnly, Model model, Locale locale) {
        EventView event = catalog.find(new EventId(door.eventId())).orElseThrow(() -> new RoomClosed("room.closed.gone"));
        var title = event.title().resolve(event.languageFor(locale.getLanguage()), event.defaultLanguage());
        model.addAttribute("eventTitle", title.text());
        model.addAttribute("eventTitleLanguage", title.language());
        model.addAttribute("eventSlug", event.slug());
        model.addAttribute("door", door);
        model.addAttribute("staff", door.role().isStaff());
        model.addAttribute("textOnly", textOnly);
        model.addAttribute("stage", stage.view(event.id()));
        // the external stream stands in for the panel's video where no Janus is configured
        model.addAttribute("canSetStream", door.role() == nl.dialoog.room.RoomRole.HOST && !stage.janusConfigured());
        if (door.role() == nl.dialoog.room.RoomRole.HOST) {
            model.addAttribute("openingMinutes", rooms.openingMinutes(event.id()));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("pass", door.pass());
        config.put("lang", locale.getLanguage());
        config.put("zone", door.zone());
        config.put("participantId", door.participantId());
        config.put("role", door.role().name());
        config.put("texts", RoomTexts.in(messages, locale));
        model.addAttribute("config", json.writeValueAsString(config));
        return "room/room";
    }
}
