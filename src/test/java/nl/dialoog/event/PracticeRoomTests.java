package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.Registrations;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomRole;
import nl.dialoog.room.Rooms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo's practice room is open now, whenever now is: a newcomer registers, finds the join link on the page
 * their registration gives them, and enters as an attendee; an organiser enters as host.
 */
@SpringBootTest
class PracticeRoomTests {

    @Autowired
    PracticeRoom practice;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Registrations registrations;

    @Autowired
    Rooms rooms;

    @Autowired
    Accounts accounts;

    @Test
    void aNewcomerAndAnOrganiserEnterThePracticeRoomNow() {
        practice.load();
        practice.keepOpen();
        EventView event = catalog.findPublished(PracticeRoom.SLUG).orElseThrow();

        assertThat(event.title().in("en")).isEqualTo("Practice room");
        assertThat(event.start()).isBeforeOrEqualTo(Instant.now());
        assertThat(rooms.isOpen(event)).isTrue();
        assertThat(registrations.availability(event).isOpen()).isTrue();

        RegistrationOutcome outcome = registrations.register(event, new NewRegistration("Ama Mensah",
                "practice-" + java.util.UUID.randomUUID() + "@dialoog.test", "en", "Africa/Accra", Map.of(), true, 0,
                null));
        String join = registrations.joinToken(outcome.manageToken()).orElseThrow();
        RoomDoor attendee = rooms.enterByJoinToken(join);
        assertThat(attendee.role()).isEqualTo(RoomRole.ATTENDEE);

        AccountView admin = accounts.firstAdmin().orElseThrow();
        assertThat(rooms.enterAsHost(event.id(), admin).role()).isEqualTo(RoomRole.HOST);
        assertThat(practice.load()).as("loaded once").isFalse();
    }
}
