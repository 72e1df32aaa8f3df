package nl.dialoog.registration.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.DemoEventLoaded;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrantProfile;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.internal.Choices;
import nl.dialoog.registration.privacy.RetentionPurge;
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

    @Autowired
    RetentionPurge purge;

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
    void givesThePastWebinarInventedRegistrantsWithoutMailAndTheUpcomingOneNone() {
        EventView past = TestEvents.published(catalog, accounts, admin, RegistrationOptions.DEFAULTS);
        EventView upcoming = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(12));

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new DemoEventLoaded(past.id(), false));
            events.publishEvent(new DemoEventLoaded(upcoming.id(), true));
        });

        // both are handled once the publication log has no unfinished delivery to this listener
        await().atMost(Duration.ofSeconds(20)).until(() -> registrations.options(upcoming.id()).questions().size() == 3
                && jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%RegistrationDemo%'"
                        + " AND completion_date IS NULL").query(Long.class).single() == 0);
        assertThat(registrations.profiles(upcoming.id())).isEmpty();
        List<RegistrantProfile> invented = registrations.profiles(past.id());
        assertThat(invented).hasSize(150);
        assertThat(registrations.options(past.id()).questions()).hasSize(3);
        assertThat(registrations.options(past.id()).capacity())
                .isEqualTo(140).isEqualTo((int) invented.stream()
                        .filter(p -> p.status() == RegistrationStatus.CONFIRMED).count());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM registration WHERE event_id = :e AND email NOT LIKE '%@demo.invalid'")
                .param("e", past.id().value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE '%@demo.invalid'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void inventsTheSameRegistrantsEveryTimeWithTheLastOnesWaitlisted() {
        List<DemoRegistrants.Person> people = DemoRegistrants.generate(RegistrationDemo.SEED);

        assertThat(people).isEqualTo(DemoRegistrants.generate(RegistrationDemo.SEED));
        assertThat(people).extracting(DemoRegistrants.Person::registeredAt).isSorted();
        assertThat(people.subList(people.size() - DemoRegistrants.WAITLISTED, people.size()))
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(RegistrationStatus.WAITLISTED));
        assertThat(people).filteredOn(p -> p.status() == RegistrationStatus.CANCELLED)
                .hasSize(DemoRegistrants.CANCELLED)
                .allSatisfy(p -> assertThat(p.cancelledAt()).isAfter(p.registeredAt()));
        assertThat(people).extracting(DemoRegistrants.Person::email).doesNotHaveDuplicates()
                .allSatisfy(email -> assertThat(email).endsWith("@demo.invalid"));
        assertThat(people).extracting(DemoRegistrants.Person::organisationType).containsAll(Choices.ORGANISATION_TYPES);
        assertThat(people).extracting(DemoRegistrants.Person::country)
                .allSatisfy(country -> assertThat(Choices.isCountry(country)).isTrue());
        assertThat(people).extracting(DemoRegistrants.Person::organisation).noneMatch(o -> o.contains("{"));
    }

    @Test
    void theRetentionPurgeLeavesThePastWebinarsInventedRegistrants() {
        EventView past = TestEvents.published(catalog, accounts, admin, RegistrationOptions.DEFAULTS);
        transactions.executeWithoutResult(status -> events.publishEvent(new DemoEventLoaded(past.id(), false)));
        await().atMost(Duration.ofSeconds(20)).until(() -> registrations.profiles(past.id()).size() == 150);

        assertThat(purge.purgeIfDue(past.id().value(), past.end().plus(Duration.ofDays(400)))).isZero();

        // nobody's personal data, so the demo's results report keeps its participation by country and region
        assertThat(registrations.profiles(past.id())).hasSize(150)
                .allSatisfy(profile -> assertThat(profile.country()).isNotBlank());
    }
}
