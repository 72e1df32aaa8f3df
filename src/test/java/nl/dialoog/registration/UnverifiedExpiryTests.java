package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.email;
import static nl.dialoog.registration.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.privacy.UnverifiedExpiry;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registrations whose address is not confirmed in time (default 48 hours) expire and let go of the address. */
@SpringBootTest
class UnverifiedExpiryTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    UnverifiedExpiry expiry;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    MailQueue mails;

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void expiresAnUnverifiedRegistrationAfter48HoursAndFreesItsAddress() {
        EventView event = verifiedEvent();
        String address = email();
        RegistrationOutcome stale = registrations.register(event, person(address, 0));
        RegistrationOutcome fresh = registrations.register(event, person(email(), 0));
        String link = verifyLink(stale);
        age(stale, Duration.ofHours(49));
        age(fresh, Duration.ofHours(47));

        expiry.expireDue();

        assertThat(registrations.find(stale.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.EXPIRED);
        assertThat(registrations.find(fresh.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.UNVERIFIED);
        assertThatThrownBy(() -> registrations.verify(link)).isInstanceOf(RegistrationNotFound.class);
        assertThat(registrations.register(event, person(address, 0)).kind())
                .isEqualTo(RegistrationOutcome.Kind.VERIFY_EMAIL);
    }

    @Test
    void expiresEachRegistrationOnceWhenSeveralNodesRunTheJobAtOnce() {
        EventView event = verifiedEvent();
        RegistrationOutcome stale = registrations.register(event, person(email(), 0));
        age(stale, Duration.ofDays(3));

        var one = CompletableFuture.supplyAsync(expiry::expireDue);
        var other = CompletableFuture.supplyAsync(expiry::expireDue);
        one.join();
        other.join();

        assertThat(registrations.find(stale.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.EXPIRED);
        assertThat(audit.forSubject("registration:" + stale.id().value()))
                .filteredOn(entry -> entry.action().equals("registration.expired")).hasSize(1);
    }

    @Test
    void leavesVerifiedRegistrationsAlone() {
        EventView event = verifiedEvent();
        RegistrationOutcome outcome = registrations.register(event, person(email(), 0));
        registrations.verify(verifyLink(outcome));
        age(outcome, Duration.ofDays(3));

        expiry.expireDue();

        assertThat(registrations.find(outcome.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    private EventView verifiedEvent() {
        return TestEvents.published(catalog, accounts, admin, new RegistrationOptions(10, null, null, false, false,
                true, LocalizedText.EMPTY, 0, List.of()));
    }

    private String verifyLink(RegistrationOutcome outcome) {
        return mails.about("registration:" + outcome.id().value()).getFirst().text()
                .replaceAll("(?s).*/registrations/([A-Za-z0-9_-]{43}).*", "$1");
    }

    private void age(RegistrationOutcome outcome, Duration age) {
        jdbc.sql("UPDATE registration SET created_at = :then WHERE id = :id")
                .param("then", Instant.now().minus(age).atOffset(ZoneOffset.UTC)).param("id", outcome.id().value())
                .update();
    }
}
