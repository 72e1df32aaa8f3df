package nl.dialoog.stage;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventId;
import nl.dialoog.event.LocalizedText;

/** A fresh event tomorrow (a panel in Amsterdam's time) for the stage's tests. */
final class StageEvents {

    private StageEvents() {
    }

    static EventId create(EventCatalog catalog, Accounts accounts) {
        return startingIn(catalog, accounts, java.time.Duration.ofDays(1));
    }

    /** A two-hour event starting {@code from} now (before now where negative). */
    static EventId startingIn(EventCatalog catalog, Accounts accounts, java.time.Duration from) {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        LocalDateTime start = LocalDateTime.now(zone).plus(from).withSecond(0).withNano(0);
        return catalog.create(new EventDetails("stage-" + UUID.randomUUID().toString().substring(0, 8), "en",
                List.of("en"), zone, start, start.plusHours(2), new LocalizedText(Map.of("en", "A panel")),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY), accounts.firstAdmin().orElseThrow());
    }
}
