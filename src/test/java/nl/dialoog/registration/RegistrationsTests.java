package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static nl.dialoog.registration.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.internal.Tokens;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegistrationsTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

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

    AccountView organiser;

    @BeforeEach
    void organiser() {
        organiser = accounts.firstAdmin().orElseThrow();
    }

    EventView event(RegistrationOptions options) {
        return TestEvents.published(catalog, accounts, admin, options);
    }

    @Test
    void confirmsARegistrationWhilePlacesAreLeftAndMailsAnInvitation() {
        EventView event = event(capacity(2));

        RegistrationOutcome outcome = registrations.register(event, person(email(), 0));

        assertThat(outcome.kind()).isEqualTo(RegistrationOutcome.Kind.CONFIRMED);
        assertThat(registrations.find(outcome.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        List<MailView> sent = mails.about("registration:" + outcome.id().value());
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains("You are registered", "Changing roles");
            assertThat(mail.text()).contains("/join/", "/registrations/", "Greenwich Mean Time", "Africa/Accra",
                    "Central European", "Europe/Amsterdam");
        });
        assertThat(audit.forSubject("registration:" + outcome.id().value())).isNotEmpty();
    }

    @Test
    void waitlistsRegistrationWhenEventIsFull() {
        EventView event = event(capacity(1));
        registrations.register(event, person(email(), 0));

        RegistrationOutcome second = registrations.register(event, person(email(), 0));

        assertThat(second.kind()).isEqualTo(RegistrationOutcome.Kind.WAITLISTED);
        assertThat(registrations.availability(event).full()).isTrue();
        assertThat(mails.about("registration:" + second.id().value()).getFirst().subject())
                .contains("waiting list");
    }

    @Test
    void promotesTheFirstWaitingPersonWhenAConfirmedOneCancels() {
        EventView event = event(capacity(1));
        RegistrationOutcome first = registrations.register(event, person(email(), 0));
        RegistrationOutcome second = registrations.register(event, person(email(), 0));
        RegistrationOutcome third = registrations.register(event, person(email(), 0));

        registrations.cancel(first.manageToken());

        assertThat(registrations.find(second.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.find(third.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(mails.about("registration:" + second.id().value())).extracting(MailView::subject)
                .anySatisfy(subject -> assertThat(subject).contains("A place for you"));
        assertThat(mails.about("registration:" + first.id().value())).extracting(MailView::subject)
                .anySatisfy(subject -> assertThat(subject).contains("Cancelled"));
    }

    @Test
    void revokesTheLinksOfACancelledRegistration() {
        EventView event = event(capacity(null));
        RegistrationOutcome outcome = registrations.register(event, person(email(), 0));

        registrations.cancel(outcome.manageToken());

        assertThatThrownBy(() -> registrations.byManageToken(outcome.manageToken()))
                .isInstanceOf(RegistrationNotFound.class);
    }

    @Test
    void storesTokensOnlyHashed() {
        EventView event = event(capacity(null));
        RegistrationOutcome outcome = registrations.register(event, person(email(), 0));

        List<String> stored = jdbc.sql("SELECT token_hash FROM registration_token WHERE registration_id = :id")
                .param("id", outcome.id().value()).query(String.class).list();

        assertThat(outcome.manageToken()).hasSize(43);
        assertThat(stored).doesNotContain(outcome.manageToken()).contains(Tokens.hash(outcome.manageToken()));
    }

    @Test
    void refusesForgedTokens() {
        assertThatThrownBy(() -> registrations.byManageToken("forged")).isInstanceOf(RegistrationNotFound.class);
        assertThatThrownBy(() -> registrations.byJoinToken(Tokens.generate()))
                .isInstanceOf(RegistrationNotFound.class);
    }

    @Test
    void aManageTokenDoesNotOpenTheJoinPage() {
        EventView event = event(capacity(null));
        RegistrationOutcome outcome = registrations.register(event, person(email(), 0));

        assertThatThrownBy(() -> registrations.byJoinToken(outcome.manageToken()))
                .isInstanceOf(RegistrationNotFound.class);
    }

    @Test
    void registersAnAddressOnceAndMailsItsLinksAgainOnASecondTry() {
        EventView event = event(capacity(null));
        String address = email();
        RegistrationOutcome first = registrations.register(event, person(address, 0));

        RegistrationOutcome again = registrations.register(event, person(address.toUpperCase(), 0));

        assertThat(again.kind()).isEqualTo(RegistrationOutcome.Kind.ALREADY_REGISTERED);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.manageToken()).isNull();
        assertThat(mails.about("registration:" + first.id().value())).hasSize(2);
    }

    @Test
    void holdsNoPlaceUntilTheAddressIsVerified() {
        EventView event = event(new RegistrationOptions(1, null, null, false, false, true, LocalizedText.EMPTY, 0,
                List.of()));
        RegistrationOutcome outcome = registrations.register(event, person(email(), 0));
        assertThat(outcome.kind()).isEqualTo(RegistrationOutcome.Kind.VERIFY_EMAIL);
        assertThat(outcome.manageToken()).isNull();
        assertThat(registrations.availability(event).full()).isFalse();
        String link = mails.about("registration:" + outcome.id().value()).getFirst().text()
                .replaceAll("(?s).*/registrations/([A-Za-z0-9_-]{43}).*", "$1");

        RegistrationStatus status = registrations.verify(link);

        assertThat(status).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.availability(event).full()).isTrue();
    }

    @Test
    void awaitsApprovalAndConfirmsOnlyWhenTheOrganiserApproves() {
        EventView event = event(new RegistrationOptions(5, null, null, true, false, false, LocalizedText.EMPTY, 0,
                List.of()));
        RegistrationOutcome outcome = registrations.register(event, person(email(), 0));
        assertThat(outcome.kind()).isEqualTo(RegistrationOutcome.Kind.AWAITING_APPROVAL);

        admin.approve(event.id(), outcome.id(), organiser);

        assertThat(registrations.find(outcome.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mails.about("registration:" + outcome.id().value())).extracting(MailView::subject)
                .anySatisfy(subject -> assertThat(subject).contains("Approved"));
    }

    @Test
    void needsAValidUnusedInviteCodeForAnInviteOnlyEvent() {
        EventView event = event(new RegistrationOptions(null, null, null, false, true, false, LocalizedText.EMPTY, 0,
                List.of()));
        String code = admin.createInvite(event.id(), null, null, organiser);
        NewRegistration withoutCode = person(email(), 0);

        assertThatThrownBy(() -> registrations.register(event, withoutCode))
                .isInstanceOfSatisfying(InvalidRegistration.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registration.error.inviteCode"));
        var withCode = new NewRegistration("Ama", email(), "en", "UTC", Map.of(), true, 0, code.toLowerCase());
        assertThat(registrations.register(event, withCode).kind()).isEqualTo(RegistrationOutcome.Kind.CONFIRMED);
        var reused = new NewRegistration("Kofi", email(), "en", "UTC", Map.of(), true, 0, code);
        assertThatThrownBy(() -> registrations.register(event, reused)).isInstanceOf(InvalidRegistration.class);
    }

    @Test
    void refusesRegistrationBeforeItOpens() {
        EventView event = event(new RegistrationOptions(null, java.time.Instant.now().plusSeconds(3600), null, false,
                false, false, LocalizedText.EMPTY, 0, List.of()));

        assertThatThrownBy(() -> registrations.register(event, person(email(), 0)))
                .isInstanceOfSatisfying(InvalidRegistration.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registration.error.notYetOpen"));
    }

    @Test
    void checksAnswersAgainstTheQuestionsAndSavesNothingOnBadInput() {
        EventView event = event(capacity(null));
        long country = admin.addQuestion(event.id(), QuestionKind.COUNTRY, true, LocalizedText.of("en", "Country"),
                List.of(), organiser);
        long topics = admin.addQuestion(event.id(), QuestionKind.MULTIPLE_CHOICE, false,
                LocalizedText.of("en", "Topics"), List.of(new Question.Option("o1", LocalizedText.of("en", "A")),
                        new Question.Option("o2", LocalizedText.of("en", "B"))), organiser);
        String address = email();

        assertThatThrownBy(() -> registrations.register(event, new NewRegistration("Ama", address, "en", "UTC",
                Map.of(country, List.of("XX")), true, 0, null)))
                .isInstanceOfSatisfying(InvalidRegistration.class,
                        e -> assertThat(e.field()).isEqualTo("answers." + country));
        assertThatThrownBy(() -> registrations.register(event, new NewRegistration("Ama", address, "en", "UTC",
                Map.of(country, List.of("GH"), topics, List.of("o9")), true, 0, null)))
                .isInstanceOf(InvalidRegistration.class);
        var ok = registrations.register(event, new NewRegistration("Ama", address, "en", "UTC",
                Map.of(country, List.of("GH"), topics, List.of("o1", "o2")), true, 0, null));
        assertThat(registrations.find(ok.id()).orElseThrow().answers())
                .containsEntry(country, List.of("GH")).containsEntry(topics, List.of("o1", "o2"));
        assertThat(admin.registrations(event.id(), organiser)).hasSize(1);
    }

    @Test
    void refusesUnknownLanguageZoneMissingConsentAndBadAddress() {
        EventView event = event(capacity(null));

        assertThatThrownBy(() -> registrations.register(event,
                new NewRegistration("A", email(), "de", "UTC", Map.of(), true, 0, null)))
                .hasFieldOrPropertyWithValue("field", "language");
        assertThatThrownBy(() -> registrations.register(event,
                new NewRegistration("A", email(), "en", "Mars/Olympus", Map.of(), true, 0, null)))
                .hasFieldOrPropertyWithValue("field", "zone");
        assertThatThrownBy(() -> registrations.register(event,
                new NewRegistration("A", email(), "en", "UTC", Map.of(), false, 0, null)))
                .hasFieldOrPropertyWithValue("field", "consent");
        assertThatThrownBy(() -> registrations.register(event,
                new NewRegistration("A", "not-an-address", "en", "UTC", Map.of(), true, 0, null)))
                .hasFieldOrPropertyWithValue("field", "email");
        assertThat(admin.registrations(event.id(), organiser)).isEmpty();
    }

    @Test
    void storesTheConsentedPrivacyTextAndVersion() {
        EventView event = event(new RegistrationOptions(null, null, null, false, false, false,
                LocalizedText.of("en", "We keep it safe."), 0, List.of()));
        int version = registrations.options(event.id()).privacyVersion();

        RegistrationOutcome outcome = registrations.register(event, person(email(), version));

        assertThat(version).isEqualTo(1);
        assertThat(jdbc.sql("SELECT consent_text FROM registration WHERE id = :id").param("id", outcome.id().value())
                .query(String.class).single()).isEqualTo("We keep it safe.");
        assertThatThrownBy(() -> registrations.register(event, person(email(), 0)))
                .hasFieldOrPropertyWithValue("messageKey", "registration.error.privacyChanged");
    }

    @Test
    void checksARegistrationAgainWhenTheOptionsChangedAfterTheFormReadThem() {
        EventView event = event(capacity(null));
        Offer offered = registrations.offer(event);
        assertThat(registrations.offer(event).options()).isSameAs(offered.options()); // kept while unchanged

        admin.saveOptions(event.id(), new RegistrationOptions(null, null, null, false, false, false,
                LocalizedText.of("en", "New terms."), 0, List.of()), organiser);

        Offer now = registrations.offer(event);
        assertThat(now.version()).isGreaterThan(offered.version());
        assertThat(now.options().privacyVersion()).isGreaterThan(offered.options().privacyVersion());
        int shown = offered.options().privacyVersion();
        assertThatThrownBy(() -> registrations.register(event, offered, person(email(), shown)))
                .hasFieldOrPropertyWithValue("messageKey", "registration.error.privacyChanged");
        assertThat(admin.registrations(event.id(), organiser)).isEmpty();
        assertThat(registrations.register(event, now,
                person(email(), now.options().privacyVersion())).kind()).isEqualTo(RegistrationOutcome.Kind.CONFIRMED);
    }

    @Test
    void changesLanguageZoneAndAnswersThroughTheManageLink() {
        EventView event = event(capacity(null));
        RegistrationOutcome outcome = registrations.register(event, person(email(), 0));

        registrations.change(outcome.manageToken(), "fr", "America/Bogota", Map.of());

        RegistrationView changed = registrations.byManageToken(outcome.manageToken());
        assertThat(changed.language()).isEqualTo("fr");
        assertThat(changed.zone().getId()).isEqualTo("America/Bogota");
    }
}
