package nl.dialoog.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.shared.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo event whose live room a newcomer can enter at any time: "Practice room" (/events/practice-room), loaded
 * with the demo (dialoog.event.demo). Rooms open from shortly before an event's start until an hour after its end,
 * and registration closes at the end; so the practice event runs from today for {@link EventLimits#MAX_LENGTH}, and
 * is moved on (from today again) once a week of it has passed — quietly: nobody is mailed about the new dates.
 */
@Component
class PracticeRoom implements ApplicationRunner {

    static final String SLUG = "practice-room";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration MOVE_AFTER = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(PracticeRoom.class);

    private final DemoData demo;
    private final EventCatalog catalog;
    private final EventStore store;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PracticeRoom(DemoData demo, EventCatalog catalog, EventStore store, Accounts accounts, JdbcClient jdbc,
                 TransactionTemplate transaction, Clock clock) {
        this.demo = demo;
        this.catalog = catalog;
        this.store = store;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.wanted()) {
            load();
            keepOpen();
        }
    }

    /** Creates the practice event unless it was created before; returns whether it did. */
    boolean load() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean loaded = jdbc.sql("SELECT COUNT(*) FROM demo_marker WHERE name = 'practice'")
                    .query(Long.class).single() > 0;
            AccountView admin = accounts.firstAdmin().orElse(null);
            if (loaded || admin == null || store.slugTaken(SLUG, 0)) {
                return false;
            }
            jdbc.sql("INSERT INTO demo_marker (name, loaded_at) VALUES ('practice', :now)")
                    .param("now", Times.utc(clock.instant())).update();
            LocalDateTime start = today();
            EventId id = catalog.create(new EventDetails(SLUG, "en", List.of("en", "nl"), AMSTERDAM, start,
                    start.plus(EventLimits.MAX_LENGTH), TITLE, SUMMARY, DESCRIPTION, LocalizedText.EMPTY), admin);
            catalog.publish(id, admin);
            log.info("Loaded the demo's practice room /events/{}", SLUG);
            return true;
        }));
    }

    /** Moves the practice event on when a week of it has passed, so its room and registration stay open. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void keepOpen() {
        store.stampBySlug(SLUG).flatMap(stamp -> store.find(stamp.id())).ifPresent(event -> {
            Instant now = clock.instant();
            if (now.isBefore(event.start().plus(MOVE_AFTER))) {
                return;
            }
            LocalDateTime start = today();
            Instant from = start.atZone(event.zone()).toInstant();
            Instant to = start.plus(EventLimits.MAX_LENGTH).atZone(event.zone()).toInstant();
            EventDetails details = new EventDetails(event.slug(), event.defaultLanguage(), event.languages(),
                    event.zone(), start, start.plus(EventLimits.MAX_LENGTH), event.title(), event.summary(),
                    event.description(), event.purpose());
            store.update(event.id().value(), details, from, to, false, now);
            log.info("Moved the practice room /events/{} on to {}", SLUG, from);
        });
    }

    private LocalDateTime today() {
        return LocalDate.now(clock.withZone(AMSTERDAM)).atStartOfDay();
    }

    private static final LocalizedText TITLE = new LocalizedText(Map.of(
            "en", "Practice room", "nl", "Oefenruimte"));
    private static final LocalizedText SUMMARY = new LocalizedText(Map.of(
            "en", "A live room that is open at any time: try the chat, questions, polls and statements before a real session.",
            "nl", "Een live-ruimte die altijd open is: probeer chat, vragen, peilingen en stellingen uit vóór een echte sessie."));
    private static final LocalizedText DESCRIPTION = new LocalizedText(Map.of(
            "en", "Register with any name and address, then open **Join the live session** on the page your registration "
                    + "gives you. Organisers enter the same room as hosts from the event editor. Everything said here "
                    + "is for practice.",
            "nl", "Schrijf u in met een willekeurige naam en adres en open daarna **Deelnemen aan de live sessie** op de "
                    + "pagina van uw inschrijving. Organisatoren gaan via de evenementeditor als host dezelfde ruimte "
                    + "in. Alles wat hier gezegd wordt is oefening."));
}
