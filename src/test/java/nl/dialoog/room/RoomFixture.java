package nl.dialoog.room;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.Registrations;
import org.springframework.stereotype.Component;

/**
 * Rooms to test in: a published event starting in a few minutes (so its room is open), people registered for it
 * through the registration module, and their join links as the confirmation mail gives them.
 */
@Component
public class RoomFixture {

    private static final Pattern JOIN = Pattern.compile("/join/([A-Za-z0-9_-]{20,})");

    private final EventCatalog catalog;
    private final Accounts accounts;
    private final Registrations registrations;
    private final MailQueue mails;
    private final Rooms rooms;

    RoomFixture(EventCatalog catalog, Accounts accounts, Registrations registrations, MailQueue mails, Rooms rooms) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.registrations = registrations;
        this.mails = mails;
        this.rooms = rooms;
    }

    public AccountView organiser() {
        return accounts.firstAdmin().orElseThrow();
    }

    /** A published event that starts in five minutes, so its room is open now. */
    public EventView openEvent() {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        LocalDateTime start = LocalDateTime.now(zone).plusMinutes(5).withSecond(0).withNano(0);
        AccountView organiser = organiser();
        EventId id = catalog.create(new EventDetails("room-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en", "fr", "nl"), zone, start, start.plusHours(2),
                new LocalizedText(Map.of("en", "Changing roles", "nl", "Veranderende rollen")),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY), organiser);
        catalog.publish(id, organiser);
        return catalog.find(id).orElseThrow();
    }

    /** Registers someone for the event and returns their personal join token (from their confirmation mail). */
    public String register(EventView event, String name) {
        return registered(event, name).joinToken();
    }

    /** A registration with both personal links: to enter the room, and to manage (cancel, erase) it. */
    public record Registered(RegistrationOutcome outcome, String joinToken) {

        public String manageToken() {
            return outcome.manageToken();
        }
    }

    /** Registers someone for the event and returns both their links. */
    public Registered registered(EventView event, String name) {
        String email = "room-" + UUID.randomUUID() + "@dialoog.test";
        RegistrationOutcome outcome = registrations.register(event, new NewRegistration(name, email, "en",
                "Africa/Accra", Map.of(), true, 0, null));
        String text = mails.about("registration:" + outcome.id().value()).getFirst().text();
        Matcher join = JOIN.matcher(text);
        if (!join.find()) {
            throw new IllegalStateException("no join link in " + text);
        }
        return new Registered(outcome, join.group(1));
    }

    /** Enters the room by the registration's join link, as the person does. */
    public RoomDoor enter(Registered registered) {
        return rooms.enterByJoinToken(registered.joinToken());
    }

    public RoomDoor attendee(EventView event, String name) {
        return rooms.enterByJoinToken(register(event, name));
    }

    public RoomDoor host(EventView event) {
        return rooms.enterAsHost(event.id(), organiser());
    }
}
