package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static nl.dialoog.registration.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The registration module at its API, booted with only the modules it may depend on (event, mail, account, shared):
 * no room, stage or outcome. What it tells other modules travels as events (only a registration that ends: the room lets the person go);
 * confirmation and the waiting list stay inside, so they are checked here by their state.
 */
// the module graph itself is verified (production code only) by ModularityTests
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class RegistrationModuleTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    // Confirmation and the waiting list are the registration's own business (it mails the person): no event
    @Test
    void confirmsWhileAPlaceIsFree() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(1));

        RegistrationOutcome outcome = registrations.register(event, person(email(), 0));

        assertThat(outcome.kind()).isEqualTo(RegistrationOutcome.Kind.CONFIRMED);
        assertThat(registrations.find(outcome.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void waitlistsWhenTheEventIsFullAndPromotesWhenAPlaceIsFreed() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(1));
        RegistrationOutcome first = registrations.register(event, person(email(), 0));

        RegistrationOutcome second = registrations.register(event, person(email(), 0));

        assertThat(second.kind()).isEqualTo(RegistrationOutcome.Kind.WAITLISTED);
        assertThat(registrations.find(second.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        registrations.cancel(first.manageToken());
        assertThat(registrations.find(second.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void announcesACancellationSoThatTheRoomCanLetThePersonGo(Scenario scenario) {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(null));
        RegistrationOutcome registered = registrations.register(event, person(email(), 0));

        scenario.stimulate(() -> registrations.cancel(registered.manageToken()))
                .andWaitForEventOfType(RegistrationCancelled.class)
                .matching(cancelled -> cancelled.eventId().equals(event.id()))
                .toArriveAndVerify(cancelled -> {
                    assertThat(cancelled.registrationId()).isEqualTo(registered.id());
                    assertThat(registrations.find(registered.id()).orElseThrow().status())
                            .isEqualTo(RegistrationStatus.CANCELLED);
                });
    }
}
