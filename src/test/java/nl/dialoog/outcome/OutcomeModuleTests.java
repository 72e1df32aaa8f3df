package nl.dialoog.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.room.DemoSessionRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The results module at its API, started with the modules it may depend on: the room's "demo session recorded"
 * event reaches it through the event publication registry and makes a published report.
 */
// the module graph itself is verified (production code only) by ModularityTests
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class OutcomeModuleTests {

    @Autowired
    Outcomes outcomes;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Test
    void aRecordedDemoSessionGetsItsReportBuiltAndPublished(Scenario scenario) {
        EventView event = publishedEvent();

        scenario.publish(new DemoSessionRecorded(event.id()))
                .andWaitForStateChange(() -> outcomes.published(event.slug()))
                .andVerify(published -> {
                    assertThat(published).isPresent();
                    Report report = published.orElseThrow().state().report();
                    assertThat(report.meta().demo()).isTrue();
                    assertThat(report.meta().eventId()).isEqualTo(event.id().value());
                    assertThat(report.transcript()).isEmpty();
                });
    }

    private EventView publishedEvent() {
        AccountView admin = accounts.firstAdmin().orElseThrow();
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        LocalDateTime start = LocalDateTime.now(zone).minusDays(1).withSecond(0).withNano(0);
        EventId id = catalog.create(new EventDetails("module-" + UUID.randomUUID().toString().substring(0, 8), "en",
                List.of("en"), zone, start, start.plusHours(2), new LocalizedText(Map.of("en", "A past dialogue")),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY), admin);
        catalog.publish(id, admin);
        return catalog.find(id).orElseThrow();
    }
}
