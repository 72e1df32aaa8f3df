package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.DemoEventLoaded;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's upcoming edition takes registrations with places and the scenario's questions, in its languages. */
@SpringBootTest
class RegistrationDemoTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    RegistrationDemo demo;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givesTheUpcomingDemoEdition300PlacesAndTheScenariosQuestionsInEnglishAndDutch() {
        EventView event = TestEvents.published(catalog, accounts, admin, RegistrationOptions.DEFAULTS);

        transactions.executeWithoutResult(status -> events.publishEvent(new DemoEventLoaded(event.id(), true)));

        await().atMost(Duration.ofSeconds(10)).until(() -> registrations.options(event.id()).questions().size() == 3);
        RegistrationOptions options = registrations.options(event.id());
        assertThat(options.capacity()).isEqualTo(300);
        assertThat(options.questions()).extracting(Question::kind).containsExactly(QuestionKind.ORGANISATION_NAME,
                QuestionKind.ORGANISATION_TYPE, QuestionKind.COUNTRY);
        assertThat(options.questions()).allSatisfy(question -> {
            assertThat(question.required()).isTrue();
            assertThat(question.label().values()).containsOnlyKeys("en", "nl");
        });
    }

    @Test
    void keepsPlacesAnOrganiserSetAlreadyAndAddsTheQuestionsOnlyOnce() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(12));
        transactions.executeWithoutResult(status -> demo.prepare(event.id().value()));

        transactions.executeWithoutResult(status -> demo.prepare(event.id().value()));

        assertThat(registrations.options(event.id()).questions()).hasSize(3);
        assertThat(registrations.options(event.id()).capacity()).isEqualTo(12);
    }

    @Test
    void leavesThePastWebinarAlone() {
        EventView past = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(12));
        EventView upcoming = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(12));

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new DemoEventLoaded(past.id(), false));
            events.publishEvent(new DemoEventLoaded(upcoming.id(), true));
        });

        // both are handled once the publication log has no unfinished delivery to this listener
        await().atMost(Duration.ofSeconds(10)).until(() -> registrations.options(upcoming.id()).questions().size() == 3
                && jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%RegistrationDemo%'"
                        + " AND completion_date IS NULL").query(Long.class).single() == 0);
        assertThat(registrations.options(past.id()).capacity()).isEqualTo(12);
        assertThat(registrations.options(past.id()).questions()).isEmpty();
    }
}
