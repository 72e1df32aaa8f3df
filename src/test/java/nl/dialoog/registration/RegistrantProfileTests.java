package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The results count registrations by what people answered, never by who they are. */
@SpringBootTest
class RegistrantProfileTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Test
    void givesEveryRegistrationOfTheEventWithItsAnswersInOrderWhateverItsStatus() {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(1));
        Tools tools = Tools.withQuestions(event, admin, registrations, organiser);
        RegistrationOutcome ama = registrations.register(event, tools.person("Ama Mensah", TestEvents.email(), "en",
                "GH", "ngo", "Accra Women's Forum"));
        RegistrationOutcome juan = registrations.register(event, tools.person("Juan Quispe", TestEvents.email(), "fr",
                "BO", "network", "Red Andina"));
        RegistrationOutcome other = registrations.register(TestEvents.published(catalog, accounts, admin,
                TestEvents.capacity(10)), TestEvents.person(TestEvents.email(), 0));

        List<RegistrantProfile> profiles = registrations.profiles(event.id());

        assertThat(profiles).extracting(RegistrantProfile::id, RegistrantProfile::status, RegistrantProfile::language,
                        RegistrantProfile::country, RegistrantProfile::organisationType,
                        RegistrantProfile::organisation)
                .containsExactly(
                        tuple(ama.id(), RegistrationStatus.CONFIRMED, "en", "GH", "ngo", "Accra Women's Forum"),
                        tuple(juan.id(), RegistrationStatus.WAITLISTED, "fr", "BO", "network", "Red Andina"));
        assertThat(profiles).extracting(RegistrantProfile::id).doesNotContain(other.id());
        assertThat(profiles).allSatisfy(profile -> assertThat(profile.registeredAt()).isNotNull());
    }

    @Test
    void leavesAnswersEmptyWhenTheEventAskedNoSuchQuestion() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(10));
        RegistrationOutcome ama = registrations.register(event, TestEvents.person(TestEvents.email(), 0));

        assertThat(registrations.profiles(event.id())).singleElement().satisfies(profile -> {
            assertThat(profile.id()).isEqualTo(ama.id());
            assertThat(profile.country()).isEmpty();
            assertThat(profile.organisationType()).isEmpty();
            assertThat(profile.organisation()).isEmpty();
        });
    }
}
