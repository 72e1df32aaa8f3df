package nl.dialoog.registration.broadcast;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.RegistrationId;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BroadcastTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    BroadcastJob job;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    MailQueue mails;

    @Autowired
    Audit audit;

    AccountView organiser;

    @BeforeEach
    void organiser() {
        organiser = accounts.firstAdmin().orElseThrow();
    }

    RegistrationId register(EventView event, String language) {
        return registrations.register(event, new NewRegistration("Ama Mensah", email(), language, "Africa/Accra",
                Map.of(), true, 0, null)).id();
    }

    @Test
    void mailsOnlyTheFilteredRegistrantsInTheirLanguageAndShowsProgress() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(BroadcastJob.BATCH + 5));
        List<RegistrationId> french = new ArrayList<>();
        for (int i = 0; i < BroadcastJob.BATCH + 5; i++) {
            french.add(register(event, i % 2 == 0 ? "fr" : "en"));
        }
        RegistrationId waitlisted = register(event, "fr");
        french.removeIf(id -> registrations.find(id).orElseThrow().language().equals("en"));

        long id = broadcasts.send(event.id(), new NewBroadcast("Programme",
                "The programme is online.\n\nSee you soon.", RegistrationStatus.CONFIRMED, "fr"), organiser);
        assertThat(broadcasts.ofEvent(event.id(), organiser)).singleElement()
                .satisfies(view -> assertThat(view.queued()).isZero());
        int queued = job.work();

        List<MailView> sent = mails.about("broadcast:" + id);
        assertThat(queued).isGreaterThanOrEqualTo(french.size());
        assertThat(sent).hasSize(french.size()).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Programme");
            assertThat(mail.language()).isEqualTo("fr");
            assertThat(mail.text()).contains("Bonjour Ama Mensah", "The programme is online.", "See you soon.",
                    "/join/", "Europe/Amsterdam");
            assertThat(mail.html()).contains("<p style=\"margin:0 0 16px;white-space:pre-line;\">See you soon.</p>");
        });
        assertThat(sent).noneMatch(mail -> mail.reference().equals("registration:" + waitlisted.value()));
        assertThat(broadcasts.ofEvent(event.id(), organiser)).singleElement().satisfies(view -> {
            assertThat(view.isFinished()).isTrue();
            assertThat(view.recipients()).isEqualTo(french.size());
            assertThat(view.queued()).isEqualTo(french.size());
            assertThat(view.waiting() + view.sent() + view.failed()).isEqualTo(french.size());
        });
        assertThat(audit.forSubject("event:" + event.id().value()))
                .anyMatch(entry -> entry.action().equals("registration.broadcast.created"));
    }

    @Test
    void queuesEachRegistrantOnceEvenWhenTheJobRunsAgain() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(null));
        register(event, "en");
        register(event, "nl");
        long id = broadcasts.send(event.id(), new NewBroadcast("Hello", "Text", null, null), organiser);

        job.work();
        job.work();

        assertThat(mails.about("broadcast:" + id)).hasSize(2);
    }

    @Test
    void previewsTheMailAsTheFirstRecipientGetsItWithoutQueuingAnything() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(null));
        register(event, "nl");
        NewBroadcast message = new NewBroadcast("Hallo", "Tot snel.", null, null);

        var preview = broadcasts.preview(event.id(), message, "en", organiser);

        assertThat(preview.subject()).isEqualTo("Hallo");
        assertThat(preview.text()).contains("Tot snel.", "Veranderende rollen");
        assertThat(broadcasts.audience(event.id(), message, organiser)).isEqualTo(1);
        assertThat(broadcasts.ofEvent(event.id(), organiser)).isEmpty();
    }

    @Test
    void refusesAMessageWithoutSubjectAndSavesNothing() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(null));

        assertThatThrownBy(() -> broadcasts.send(event.id(), new NewBroadcast(" ", "Text", null, null), organiser))
                .isInstanceOfSatisfying(InvalidRegistration.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("subject"));
        assertThat(broadcasts.ofEvent(event.id(), organiser)).isEmpty();
    }
    @Test
    void reachesEachRegistrantInTheirLanguageWithOneGreeting() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(null));
        register(event, "en");
        register(event, "fr");
        register(event, "nl");
        NewBroadcast message = new NewBroadcast("Programme", "Dear participant,\n\nThe programme is online.", null,
                null, Map.of("fr", new MessageText("Le programme", "Bonjour à tous,\n\nLe programme est en ligne.")));

        long id = broadcasts.send(event.id(), message, organiser);
        job.work();

        List<MailView> sent = mails.about("broadcast:" + id);
        assertThat(sent).hasSize(3);
        assertThat(sent).filteredOn(mail -> mail.language().equals("fr")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Le programme");
            assertThat(mail.text()).startsWith("Bonjour Ama Mensah,").contains("Le programme est en ligne.")
                    .doesNotContain("Bonjour à tous", "The programme is online.");
        });
        // Dutch has no text of its own: the event's first language's text, with the Dutch greeting and frame
        assertThat(sent).filteredOn(mail -> mail.language().equals("nl")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Programme");
            assertThat(mail.text()).startsWith("Beste Ama Mensah,").contains("The programme is online.");
        });
        assertThat(sent).allSatisfy(mail -> {
            assertThat(mail.text()).doesNotContain("Dear participant");
            assertThat(mail.html()).doesNotContain("Dear participant", "Bonjour à tous");
        });
        assertThat(sent).filteredOn(mail -> mail.language().equals("en")).singleElement()
                .satisfies(mail -> assertThat(mail.text().split("Dear ", -1)).hasSize(2));
    }

    @Test
    void sendsTheTestOnlyToTheOrganiserOncePerLanguage() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(null));
        register(event, "fr");
        NewBroadcast message = new NewBroadcast("Programme", "The programme is online.", null, null,
                Map.of("fr", new MessageText("Le programme", "Le programme est en ligne.")));

        int tests = broadcasts.sendTest(event.id(), message, organiser);

        List<MailView> sent = mails.about("broadcast-test:" + event.id().value());
        assertThat(tests).isEqualTo(3);
        assertThat(sent).hasSize(3).allSatisfy(mail -> assertThat(mail.to()).isEqualTo(organiser.email()));
        assertThat(sent).extracting(MailView::subject).containsExactlyInAnyOrder("Programme", "Le programme",
                "Programme");
        assertThat(broadcasts.ofEvent(event.id(), organiser)).isEmpty();
    }

    @Test
    void refusesATranslationWithoutBodyAndSavesNothing() {
        EventView event = TestEvents.published(catalog, accounts, admin, capacity(null));

        assertThatThrownBy(() -> broadcasts.send(event.id(), new NewBroadcast("Hi", "Text", null, null,
                Map.of("fr", new MessageText("Salut", " "))), organiser))
                .isInstanceOfSatisfying(InvalidRegistration.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("body:fr"));
        assertThat(broadcasts.ofEvent(event.id(), organiser)).isEmpty();
    }
}
