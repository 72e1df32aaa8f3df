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
import nl.dialoog.room.onstage.StageSeating;
import nl.dialoog.shared.DomainError;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.StagePass;
import nl.dialoog.stage.StagePerson;
import nl.dialoog.stage.StageRefused;
import nl.dialoog.stage.StageRole;
import nl.dialoog.stage.StageView;
import nl.dialoog.stage.WatchPass;
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
    private final StageSeating seating;

    RoomPage(Rooms rooms, EventCatalog catalog, Accounts accounts, MessageSource messages, JsonMapper json,
             Stage stage, StageSeating seating) {
        this.rooms = rooms;
        this.catalog = catalog;
        this.accounts = accounts;
        this.messages = messages;
        this.json = json;
        this.stage = stage;
        this.seating = seating;
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

    /**
     * Gives the page what its stage script needs to join the event's VideoRoom: a fresh Janus token for this person
     * and whether they publish (the room's panelists and staff) or watch; a watcher beyond the first Janus's share
     * gets a token for a relay Janus and the Streaming mountpoints that carry the stage there ({@code relay}). Where
     * Janus does not answer, the room still works; its stage box says why there is no video.
     */
    private void admitToStage(RoomDoor door, EventView event, Model model) {
        StageRole role = switch (door.role()) {
            case HOST, MODERATOR -> StageRole.MODERATOR;
            case PANELIST -> StageRole.PANELIST;
            case ATTENDEE -> StageRole.ATTENDEE;
        };
        if (role.publishes() && seating.takenOff(door.eventId(), door.participantId())) {
            // a moderator removed them from the stage: they may still watch
            role = StageRole.ATTENDEE;
        }
        try {
            StagePerson person = StagePerson.participant(door.participantId());
            Map<String, Object> config = new LinkedHashMap<>();
            if (role.publishes()) {
                StagePass pass = stage.admit(event.id(), person, role);
                seating.admittedToPublish(door.eventId(), door.participantId());
                config.put("janus", pass.janus().toString());
                config.put("room", pass.room());
                config.put("token", pass.token());
                // publishers join under the id the stage gave them, so a moderator's mute and removal find them
                config.put("feed", pass.feed());
            } else {
                // beyond dialoog.stage.direct-audience watchers, the stage sends attendees to a relay Janus
                WatchPass pass = stage.watch(event.id(), person);
                config.put("janus", pass.janus().toString());
                config.put("room", pass.room());
                config.put("token", pass.token());
                config.put("feed", 0);
                if (pass.relayed()) {
                    config.put("relay", stage.relayed(event.id(), person));
                }
            }
            config.put("publish", role.publishes());
            config.put("name", door.displayName());
            model.addAttribute("stagePass", json.writeValueAsString(config));
            model.addAttribute("stagePublishes", role.publishes());
        } catch (StageRefused refused) {
            model.addAttribute("stageError", refused.messageKey());
        }
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
        StageView stageView = stage.view(event.id());
        if (!stageView.open() && stage.janusConfigured() && door.role().isStaff() && !textOnly) {
            // the webinar's stage opens when its host or a moderator comes into the room, as in Zoom Webinars;
            // opening is idempotent, so a second moderator or a reload changes nothing
            try {
                stage.openStage(event.id());
                stageView = stage.view(event.id());
            } catch (StageRefused janusAway) {
                model.addAttribute("stageError", janusAway.messageKey());
            }
        }
        model.addAttribute("stage", stageView);
        // something to watch: the stage's video room is open, or the organisers set an external stream; otherwise
        // the stage box shrinks to a slim bar and leaves the first screen to chat and questions
        model.addAttribute("stageLive", stageView.open() || stageView.stream().isPresent());
        if (stageView.open() && !textOnly) {
            admitToStage(door, event, model);
        }
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
