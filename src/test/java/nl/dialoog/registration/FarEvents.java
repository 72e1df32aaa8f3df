package nl.dialoog.registration;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.desk.RegistrationAdmin;

/**
 * Published events years ahead, ten days apart from each other, for tests that run the reminder job at a made-up
 * "now": at such a moment every other test's event has already started, so the job touches only this test's event.
 */
final class FarEvents {

    private static final LocalDateTime BASE = LocalDateTime.now(TestEvents.AMSTERDAM)
            .plusYears(8 + ThreadLocalRandom.current().nextInt(40)).withHour(11).withMinute(0).withSecond(0)
            .withNano(0);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private FarEvents() {
    }

    static EventView published(EventCatalog catalog, Accounts accounts, RegistrationAdmin admin,
                               RegistrationOptions options) {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        LocalDateTime start = BASE.plusDays(10L * NEXT.incrementAndGet());
        EventId id = catalog.create(details(start), organiser);
        catalog.publish(id, organiser);
        admin.saveOptions(id, options, organiser);
        return catalog.find(id).orElseThrow();
    }

    static EventDetails details(LocalDateTime start) {
        return new EventDetails("far-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en", "fr", "nl"), TestEvents.AMSTERDAM, start, start.plusHours(2),
                new LocalizedText(Map.of("en", "Changing roles", "fr", "Rôles changeants", "nl", "Veranderende rollen")),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY);
    }
}
