package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The events module at its API, booted with only accounts (and the outbox they mail through) and the shared
 * kernel. Registration learns that a published event moved from the event checked here.
 */
// mail by name: accounts mail their sign-in links through it. The module graph itself is verified (production code
// only) by ModularityTests
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "mail",
        verifyAutomatically = false)
class EventModuleTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Test
    void findsAPublishedEventByItsAddressAndADraftNot() {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        EventId id = catalog.create(draft(newSlug(), start()), organiser);
        String slug = catalog.find(id).orElseThrow().slug();
        assertThat(catalog.findPublished(slug)).isEmpty();

        catalog.publish(id, organiser);

        assertThat(catalog.findPublished(slug)).map(EventView::id).contains(id);
    }

    @Test
    void announcesTheNewTimeWhenAPublishedEventMoves(Scenario scenario) {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        LocalDateTime start = start();
        EventId id = catalog.create(draft(newSlug(), start), organiser);
        catalog.publish(id, organiser);
        EventView before = catalog.find(id).orElseThrow();
        EventDetails moved = draft(before.slug(), start.plusDays(1));

        scenario.stimulate(() -> catalog.update(id, moved, organiser))
                .andWaitForEventOfType(EventRescheduled.class)
                .matching(rescheduled -> rescheduled.event().equals(id))
                .toArriveAndVerify(rescheduled -> {
                    assertThat(rescheduled.previousStart()).isEqualTo(before.start());
                    assertThat(rescheduled.start()).isEqualTo(catalog.find(id).orElseThrow().start());
                    assertThat(rescheduled.start()).isAfter(before.start());
                });
    }

    private static LocalDateTime start() {
        return LocalDateTime.now(AMSTERDAM).plusMonths(1).withHour(14).withMinute(0).withSecond(0).withNano(0);
    }

    private static String newSlug() {
        return "mod-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static EventDetails draft(String slug, LocalDateTime start) {
        return new EventDetails(slug, "en", List.of("en", "nl"),
                AMSTERDAM, start, start.plusHours(2),
                new LocalizedText(Map.of("en", "Open data", "nl", "Open data")),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY);
    }
}
