package nl.dialoog.room;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrationErased;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The live room at its API, booted with the modules it may depend on (events, registration, stage, accounts and,
 * through registration, mail): no results module. It reacts to registration's erasure and announces the erased
 * participant to whatever was built from the room.
 */
// the module graph itself is verified (production code only) by ModularityTests
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class RoomModuleTests {

    @Autowired
    RoomFixture fixture;

    @Autowired
    Rooms rooms;

    @Test
    void forgetsWhoAnErasedPersonWasAndAnnouncesIt(Scenario scenario) {
        EventView event = fixture.openEvent();
        RoomFixture.Registered registered = fixture.registered(event, "Wanjiru Kamau");
        RoomDoor door = fixture.enter(registered);

        scenario.publish(new RegistrationErased(registered.outcome().id(), event.id()))
                .andWaitForEventOfType(ParticipantErased.class)
                .matching(erased -> erased.event().equals(event.id()))
                .toArriveAndVerify(erased -> assertThat(rooms.record(event.id()).people())
                        .filteredOn(person -> person.id() == door.participantId())
                        .singleElement()
                        .satisfies(person -> assertThat(person.displayName()).isNotEqualTo("Wanjiru Kamau")));
    }

    @Test
    void letsARegisteredPersonInWithTheNameTheyGave() {
        EventView event = fixture.openEvent();

        RoomDoor door = fixture.attendee(event, "Kwame Asante");

        assertThat(door.eventId()).isEqualTo(event.id().value());
        assertThat(door.displayName()).isEqualTo("Kwame Asante");
        assertThat(rooms.record(event.id()).people()).extracting(RoomRecord.Person::id)
                .contains(door.participantId());
    }
}
