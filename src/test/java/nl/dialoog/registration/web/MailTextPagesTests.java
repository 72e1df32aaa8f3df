package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.mailtext.MailTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The mail-text editor: one mail and one language at a time, with placeholders, preview, save and reset. */
@SpringBootTest
@AutoConfigureMockMvc
class MailTextPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    MailTexts texts;

    EventView event;
    AccountView organiser;

    @BeforeEach
    void event() {
        event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        organiser = accounts.firstAdmin().orElseThrow();
    }

    RequestPostProcessor organiser() {
        return user(organiser.email()).roles("ADMIN");
    }

    String path() {
        return "/organiser/events/" + event.id().value() + "/mail-texts";
    }

    @Test
    void showsTheDefaultTextWithItsPlaceholdersAndPreviewInTheChosenLanguage() {
        assertThat(mvc.get().uri(path()).with(organiser())).hasStatusOk().bodyText()
                .contains("Mail texts", "Confirmation · English", "You are registered: {event}",
                        "{name}", "{event}", "{start}", "{link}", "the registrant&#39;s name", "/mail-preview/",
                        "Dear Administrator,", "This mail uses the default text.")
                .doesNotContain("Back to the default text");
        assertThat(mvc.get().uri(path() + "?kind=reminder&language=fr").with(organiser())
                .header("Accept-Language", "nl")).hasStatusOk().bodyText()
                .contains("Herinnering · Français", "value=\"Rappel&nbsp;: {event}\"", "Bonjour Administrator,");
    }

    @Test
    void previewsSavesAndResetsATextPerLanguage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.post().uri(path()).with(csrf()).with(organiser()).session(session)
                .param("kind", "confirmation").param("language", "fr").param("subject", "Bienvenue, {name}")
                .param("body", "Merci **{name}**.").param("action", "preview").exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Bienvenue, Administrator", "Merci **Administrator**.");
        Matcher frame = Pattern.compile("src=\"(/organiser/events/\\d+/mail-preview/[0-9a-f-]+)\"").matcher(page);
        assertThat(frame.find()).isTrue();
        // the HTML part, in its frame with its own policy: the mail's inline styles, nothing else
        assertThat(mvc.get().uri(frame.group(1)).with(organiser()).session(session)).hasStatusOk()
                .hasHeader("Content-Security-Policy", MailPreviews.BODY_POLICY).bodyText()
                .contains("Merci <strong>Administrator</strong>.", "Bonjour Administrator,");
        assertThat(mvc.get().uri(frame.group(1)).with(organiser())).hasStatus(404);
        assertThat(texts.text(event.id(), "confirmation", "fr", organiser).custom()).isFalse();

        assertThat(mvc.post().uri(path()).with(csrf()).with(organiser()).param("kind", "confirmation")
                .param("language", "fr").param("subject", "Bienvenue, {name}").param("body", "Merci {name}.")
                .param("action", "save"))
                .hasStatus3xxRedirection().hasRedirectedUrl(path() + "?kind=confirmation&language=fr&saved");
        assertThat(texts.text(event.id(), "confirmation", "fr", organiser).body()).isEqualTo("Merci {name}.");
        assertThat(texts.text(event.id(), "confirmation", "en", organiser).custom()).isFalse();
        assertThat(mvc.get().uri(path() + "?kind=confirmation&language=fr&saved").with(organiser()))
                .hasStatusOk().bodyText().contains("The text is saved.", "Back to the default text",
                        "Merci Administrator.");

        assertThat(mvc.post().uri(path()).with(csrf()).with(organiser()).param("kind", "confirmation")
                .param("language", "fr").param("subject", "").param("body", "").param("action", "reset"))
                .hasStatus3xxRedirection().hasRedirectedUrl(path() + "?kind=confirmation&language=fr&reset");
        assertThat(texts.text(event.id(), "confirmation", "fr", organiser).custom()).isFalse();
    }

    @Test
    void refusesUnknownPlaceholdersAndTooLongTextsWithATranslatedMessage() {
        assertThat(mvc.post().uri(path()).with(csrf()).with(organiser()).header("Accept-Language", "nl")
                .param("kind", "reminder").param("language", "en").param("subject", "Hi")
                .param("body", "Hello {firstname}").param("action", "save"))
                .hasStatusOk().bodyText().contains("Deze tekst gebruikt een invulveld dat niet bestaat",
                        "aria-invalid=\"true\"", "Hello {firstname}");
        assertThat(mvc.post().uri(path()).with(csrf()).with(organiser()).header("Accept-Language", "fr")
                .param("kind", "reminder").param("language", "en").param("subject", "x".repeat(201))
                .param("body", "y".repeat(5001)).param("action", "save"))
                .hasStatusOk().bodyText().contains("L’objet peut compter 200 caractères au plus.",
                        "Le texte peut compter 5 000 caractères au plus.");
        assertThat(mvc.post().uri(path()).with(csrf()).with(organiser()).param("kind", "reminder")
                .param("language", "en").param("subject", "Hi").param("body", "Hello {firstname}")
                .param("action", "preview"))
                .hasStatusOk().bodyText().contains("This text uses a placeholder that does not exist.");
        assertThat(texts.text(event.id(), "reminder", "en", organiser).custom()).isFalse();
    }

    @Test
    void refusesAnUnknownMailOrLanguageOrAStranger() {
        assertThat(mvc.get().uri(path() + "?kind=cancelled").with(organiser())).hasStatus4xxClientError();
        assertThat(mvc.get().uri(path() + "?language=de").with(organiser())).hasStatus4xxClientError();
        assertThat(mvc.post().uri(path()).with(csrf()).with(organiser()).param("kind", "bogus")
                .param("language", "en").param("subject", "Hi").param("body", "Text").param("action", "save"))
                .hasStatus4xxClientError();
        assertThat(mvc.get().uri("/organiser/events/99999999/mail-texts").with(organiser())).hasStatus(404);
        assertThat(mvc.get().uri(path())).hasStatus3xxRedirection();
    }
}
