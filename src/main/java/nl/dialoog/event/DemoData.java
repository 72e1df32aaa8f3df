package nl.dialoog.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.shared.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scenario's webinar (9 November 2017, see shared/scenario) as demo data, plus an upcoming edition a few weeks
 * after the first start so registration and the room can be tried at once. Loaded once, only into an embedded
 * database unless dialoog.event.demo=on.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String SLUG_2017 = "changing-roles-of-csos-and-partners-2017";
    static final String SLUG_UPCOMING = "changing-roles-of-csos-and-partners";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final EventCatalog catalog;
    private final Accounts accounts;
    private final EventSettings settings;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoData(EventCatalog catalog, Accounts accounts, EventSettings settings, DataSource dataSource, JdbcClient jdbc,
             TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (wanted()) {
            load();
        }
    }

    boolean wanted() {
        return switch (settings.demo().toLowerCase(Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> embeddedDatabase();
        };
    }

    /** Loads the demo unless it was loaded before; returns whether it did. */
    boolean load() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean loaded = jdbc.sql("SELECT COUNT(*) FROM demo_marker WHERE name = 'scenario'")
                    .query(Long.class).single() > 0;
            AccountView admin = accounts.firstAdmin().orElse(null);
            if (loaded || admin == null) {
                return false;
            }
            jdbc.sql("INSERT INTO demo_marker (name, loaded_at) VALUES ('scenario', :now)")
                    .param("now", Times.utc(clock.instant())).update();
            LocalDate upcoming = LocalDate.now(clock.withZone(AMSTERDAM)).plusWeeks(3);
            // registration adds its options (places, the scenario's questions) to both editions; the 2017 one also
            // gets a recorded session (registrations, then the room), so the results have something to report on
            EventId past = create(SLUG_2017, LocalDate.of(2017, 11, 9), ScenarioTexts.SUMMARY_2017, admin);
            events.publishEvent(new DemoEventLoaded(past, false));
            events.publishEvent(new DemoEventLoaded(create(SLUG_UPCOMING, upcoming, ScenarioTexts.SUMMARY, admin),
                    true));
            log.info("Loaded the demo events /events/{} and /events/{}", SLUG_2017, SLUG_UPCOMING);
            return true;
        }));
    }

    private EventId create(String slug, LocalDate day, LocalizedText summary, AccountView admin) {
        LocalDateTime start = day.atTime(LocalTime.of(11, 0));
        EventId id = catalog.create(new EventDetails(slug, "en", List.of("en", "nl"), AMSTERDAM, start,
                start.plusHours(2), ScenarioTexts.TITLE, summary, ScenarioTexts.DESCRIPTION,
                ScenarioTexts.PURPOSE), admin);
        for (Map.Entry<LocalizedText, String> host : ScenarioTexts.HOSTS) {
            catalog.addHost(id, new HostDetails(host.getKey(), host.getValue()), admin);
        }
        catalog.addAgendaItem(id, new AgendaItemDetails(start, start.plusHours(2), ScenarioTexts.AGENDA_DISCUSSION,
                List.of()), admin);
        catalog.setContactAddresses(id, List.of(admin.email()), admin);
        catalog.publish(id, admin);
        return id;
    }

    private boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            return false;
        }
    }
}
