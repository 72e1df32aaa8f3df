package nl.dialoog.registration.mailtext;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MailTextTests {

    @Autowired
    MailTexts texts;

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

    AccountView organiser;
    EventView event;

    @BeforeEach
    void event() {
        organiser = accounts.firstAdmin().orElseThrow();
        event = TestEvents.published(catalog, accounts, admin, capacity(null));
    }

    MailView confirmation(String name, String language) {
        RegistrationId id = registrations.register(event, new NewRegistration(name, email(), language,
                "Africa/Accra", Map.of(), true, 0, null)).id();
        return mails.about("registration:" + id.value()).getFirst();
    }

    @Test
    void confirmsWithTheEventsOwnTextInTheRegistrantsLanguage() {
        texts.save(event.id(), "confirmation", "fr", "Bienvenue à {event}, {name}",
                "Bonjour à tous,\n\nMerci {name} ! Rendez-vous le {start}.\n\n**Votre lien** : {link}", organiser);

        MailView french = confirmation("Kofi <Mensah>", "fr");
        MailView dutch = confirmation("Ama Mensah", "nl");

        assertThat(french.subject()).startsWith("Bienvenue à ").endsWith(", Kofi <Mensah>");
        assertThat(french.text()).startsWith("Bonjour Kofi <Mensah>,").contains("Merci Kofi <Mensah> !",
                        "(Africa/Accra)", "/join/")
                .doesNotContain("Bonjour à tous", "{name}", "{link}", "Votre place pour");
        assertThat(french.html()).contains("Merci Kofi &lt;Mensah&gt; !", "<strong>Votre lien</strong>",
                        "<a href=\"http")
                .doesNotContain("<Mensah>", "Bonjour à tous");
        // the first language without a text of its own keeps the default
        assertThat(dutch.text()).contains("Beste Ama Mensah,", "Uw plaats voor");
    }

    @Test
    void resetsToTheDefaultText() {
        texts.save(event.id(), "reminder", "en", "Soon: {event}", "See you {start}.", organiser);
        assertThat(texts.text(event.id(), "reminder", "en", organiser).custom()).isTrue();

        texts.reset(event.id(), "reminder", "en", organiser);

        MailTexts.MailText back = texts.text(event.id(), "reminder", "en", organiser);
        assertThat(back.custom()).isFalse();
        assertThat(back.subject()).isEqualTo("Reminder: {event}");
    }

    @Test
    void previewsTheUnsavedTextExactlyAsSentWithoutSavingIt() {
        var preview = texts.preview(event.id(), "followup", "en", "Results of {event}",
                "Thanks for coming.\n\nRead them: {link}", organiser);

        assertThat(preview.subject()).startsWith("Results of ");
        assertThat(preview.text()).startsWith("Dear Administrator,").contains("Thanks for coming.", "/results");
        assertThat(preview.html()).contains("<p style=\"margin:0 0 16px;\">Thanks for coming.</p>");
        assertThat(texts.text(event.id(), "followup", "en", organiser).custom()).isFalse();
    }

    @Test
    void refusesUnknownPlaceholdersAndTooLongTextsAndSavesNothing() {
        assertThatThrownBy(() -> texts.save(event.id(), "confirmation", "en", "Hi", "Hello {firstname}", organiser))
                .isInstanceOfSatisfying(InvalidRegistration.class, invalid -> assertThat(invalid.messageKey())
                        .isEqualTo("registration.mailText.unknownPlaceholder"));
        assertThatThrownBy(() -> texts.save(event.id(), "confirmation", "en", "x".repeat(201), "Text", organiser))
                .isInstanceOfSatisfying(InvalidRegistration.class, invalid -> assertThat(invalid.messageKey())
                        .isEqualTo("registration.mailText.tooLong.subject"));
        assertThatThrownBy(() -> texts.save(event.id(), "confirmation", "de", "Hi", "Text", organiser))
                .isInstanceOf(InvalidRegistration.class);
        assertThatThrownBy(() -> texts.save(event.id(), "cancelled", "en", "Hi", "Text", organiser))
                .isInstanceOf(InvalidRegistration.class);

        assertThat(texts.text(event.id(), "confirmation", "en", organiser).custom()).isFalse();
    }
}
