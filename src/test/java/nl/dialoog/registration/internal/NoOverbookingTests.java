package nl.dialoog.registration.internal;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static nl.dialoog.registration.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The capacity check and the insert are one atomic step per event. Proven pretix's way: first the same rush without
 * the lock overbooks, then with the lock it never does. The lock is a strategy ({@link AdmissionLock}); this test
 * puts in {@link RaceWithoutTheLock}, which is the application's own lock until a test turns it off.
 */
@SpringBootTest
class NoOverbookingTests {

    @TestConfiguration
    static class RaceConfiguration {

        @Bean
        @Primary
        RaceWithoutTheLock raceWithoutTheLock(OptionsRowLock lock, OptionsStore options,
                                              RegistrationStore registrations, Clock clock) {
            return new RaceWithoutTheLock(lock, options, registrations, clock);
        }
    }

    @Autowired
    RaceWithoutTheLock admissionLock;

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @AfterEach
    void lockBackOn() {
        admissionLock.off(false);
    }

    static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("dialoog.test.database"));
    }

    @Test
    void overbooksWithoutTheLock() throws Exception {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(1));
        admissionLock.off(true);

        Map<RegistrationOutcome.Kind, Long> outcomes = rush(event, 8);

        assertThat(outcomes.getOrDefault(RegistrationOutcome.Kind.CONFIRMED, 0L)).isGreaterThan(1);
    }

    @Test
    void confirmsExactlyTheFreePlacesWhenManyRegisterAtOnce() throws Exception {
        int free = onPostgresql() ? 20 : 5;
        int rush = onPostgresql() ? 200 : 30;
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(free + 3));
        for (int i = 0; i < 3; i++) {
            registrations.register(event, person(email(), 0));
        }

        Map<RegistrationOutcome.Kind, Long> outcomes = rush(event, rush);

        assertThat(outcomes).containsEntry(RegistrationOutcome.Kind.CONFIRMED, (long) free)
                .containsEntry(RegistrationOutcome.Kind.WAITLISTED, (long) (rush - free));
    }

    @Test
    void twoHundredPeopleCompeteForTheLastTwentyPlacesOnPostgresql() throws Exception {
        Assumptions.assumeTrue(onPostgresql(), "the 200-person rush runs in the PostgreSQL run; H2 runs the "
                + "smaller rush of confirmsExactlyTheFreePlacesWhenManyRegisterAtOnce");
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(50));
        for (int i = 0; i < 30; i++) {
            registrations.register(event, person(email(), 0));
        }

        Map<RegistrationOutcome.Kind, Long> outcomes = rush(event, 200);

        assertThat(outcomes).containsOnlyKeys(RegistrationOutcome.Kind.CONFIRMED, RegistrationOutcome.Kind.WAITLISTED)
                .containsEntry(RegistrationOutcome.Kind.CONFIRMED, 20L)
                .containsEntry(RegistrationOutcome.Kind.WAITLISTED, 180L);
    }

    @Test
    void theSameAddressSentManyTimesAtOnceIsOneRegistration() throws Exception {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(5));
        String address = email();

        Map<RegistrationOutcome.Kind, Long> outcomes = rush(event, 12, () -> address);

        assertThat(outcomes).containsEntry(RegistrationOutcome.Kind.CONFIRMED, 1L)
                .containsEntry(RegistrationOutcome.Kind.ALREADY_REGISTERED, 11L);
        assertThat(admin.registrations(event.id(), accounts.firstAdmin().orElseThrow())).hasSize(1);
        assertThat(registrations.availability(event).full()).isFalse();
    }

    private Map<RegistrationOutcome.Kind, Long> rush(EventView event, int n) throws Exception {
        return rush(event, n, TestEvents::email);
    }

    /** Starts n registrations at the same moment; any exception fails the test. */
    private Map<RegistrationOutcome.Kind, Long> rush(EventView event, int n, Supplier<String> addresses)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationOutcome>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 64))) {
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return registrations.register(event, person(addresses.get(), 0));
                }));
            }
            start.countDown();
            Map<RegistrationOutcome.Kind, Long> counts = new java.util.EnumMap<>(RegistrationOutcome.Kind.class);
            for (Future<RegistrationOutcome> result : results) {
                counts.merge(result.get().kind(), 1L, Long::sum);
            }
            return counts;
        }
    }
}
