package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.desk.RegistrationDesk;
import nl.dialoog.registration.desk.RegistrationFilter;
import nl.dialoog.registration.desk.Roster;
import nl.dialoog.registration.privacy.RetentionPurge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RetentionPurgeTests {

    @Autowired
    RetentionPurge purge;

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    RegistrationDesk desk;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    AccountView organiser;

    Tools tools;

    RegistrationOutcome kenya;

    @BeforeEach
    void registrations() {
        organiser = accounts.firstAdmin().orElseThrow();
        tools = Tools.withQuestions(TestEvents.published(catalog, accounts, admin, capacity(2)), admin,
                registrations, organiser);
        kenya = registrations.register(tools.event(), tools.person("Wanjiru Kamau", email(), "en", "KE", "ngo", "a"));
        registrations.register(tools.event(), tools.person("Oumar Sy", email(), "fr", "SN", "government", "b"));
        registrations.register(tools.event(), tools.person("Ana Ruiz", email(), "en", "KE", "academic", "c"));
    }

    @Test
    void keepsEverythingUntilTheRetentionPeriodAfterTheEventHasPassed() {
        Instant almost = tools.event().end().plus(Duration.ofDays(90)).minusSeconds(1);

        assertThat(purge.purgeIfDue(eventId(), almost)).isZero();

        assertThat(desk.roster(tools.event().id(), RegistrationFilter.NONE, organiser).total()).isEqualTo(3);
        assertThat(registrations.byManageToken(kenya.manageToken()).name()).isEqualTo("Wanjiru Kamau");
    }

    @Test
    void purgesPersonalDataAfterTheRetentionAndKeepsAnonymousCounts() {
        Instant after = tools.event().end().plus(Duration.ofDays(90));

        assertThat(purge.purgeIfDue(eventId(), after)).isEqualTo(3);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM registration WHERE event_id = :e").param("e", eventId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM registration_token WHERE registration_id = :r")
                .param("r", kenya.id().value()).query(Long.class).single()).isZero();
        Roster roster = desk.roster(tools.event().id(), RegistrationFilter.NONE, organiser);
        assertThat(roster.total()).isZero();
        var confirmed = roster.removed().get(RegistrationStatus.CONFIRMED);
        assertThat(confirmed.get("total")).containsEntry("", 2);
        assertThat(confirmed.get("country")).containsEntry("KE", 1).containsEntry("SN", 1);
        assertThat(confirmed.get("organisationType")).containsEntry("ngo", 1).containsEntry("government", 1);
        assertThat(confirmed.get("language")).containsEntry("en", 1).containsEntry("fr", 1);
        var waitlisted = roster.removed().get(RegistrationStatus.WAITLISTED);
        assertThat(waitlisted.get("country")).containsEntry("KE", 1);
        assertThat(desk.trail(tools.event().id(), organiser)).extracting(e -> e.action())
                .contains("registration.purged", "registration.created");
    }

    @Test
    void purgingAgainCountsNobodyTwice() {
        Instant after = tools.event().end().plus(Duration.ofDays(91));
        purge.purgeIfDue(eventId(), after);

        assertThat(purge.purgeIfDue(eventId(), after.plusSeconds(3600))).isZero();

        assertThat(desk.roster(tools.event().id(), RegistrationFilter.NONE, organiser).removed()
                .get(RegistrationStatus.CONFIRMED).get("total")).containsEntry("", 2);
    }

    private long eventId() {
        return tools.event().id().value();
    }
}
