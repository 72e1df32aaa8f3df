package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.broadcast.Broadcasts;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The message to registrants: written per language, previewed, sent to oneself, confirmed with its count, sent. */
@SpringBootTest
@AutoConfigureMockMvc
class BroadcastPagesTests {

    private static final Pattern TESTED = Pattern.compile("name=\"tested\" value=\"([0-9a-f]{64})\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Registrations registrations;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    MailQueue mails;

    EventView event;
    AccountView organiser;

    @BeforeEach
    void event() {
        event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        organiser = accounts.firstAdmin().orElseThrow();
    }

    void register(String language) {
        registrations.register(event, new NewRegistration("Ama Mensah", TestEvents.email(), language, "Africa/Accra",
                Map.of(), true, 0, null));
    }

    RequestPostProcessor organiser() {
        return user(organiser.email()).roles("ADMIN");
    }

    String path() {
        return "/organiser/events/" + event.id().value() + "/broadcasts";
    }

    /** The message in English and French (Dutch left empty), with an action and the fields the page carries. */
    MockHttpServletRequestBuilder message(String action, String... more) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("texts[0].language", "en");
        fields.put("texts[0].subject", "Programme");
        fields.put("texts[0].body", "Dear participant,\n\nThe programme is online.");
        fields.put("texts[1].language", "fr");
        fields.put("texts[1].subject", "Le programme");
        fields.put("texts[1].body", "Le programme est en ligne.");
        fields.put("texts[2].language", "nl");
        fields.put("texts[2].subject", "");
        fields.put("texts[2].body", "");
        fields.put("status", "");
        fields.put("language", "");
        fields.put("action", action);
        for (int i = 0; i + 1 < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        var post = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path()).with(csrf())
                .with(organiser());
        fields.forEach(post::param);
        return post;
    }

    String tested() throws Exception {
        String page = mvc.perform(message("test")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = TESTED.matcher(page);
        assertThat(matcher.find()).as("the page carries the tested message's fingerprint").isTrue();
        return matcher.group(1);
    }

    @Test
    void previewsTheMailInEachLanguageAsHtmlAndTextWithOneGreeting() throws Exception {
        register("fr");

        String page = mvc.perform(message("preview")).getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("1 people", "Le programme est en ligne.", "The programme is online.", "/mail-preview/",
                "As plain text", "Dear Administrator,\n\nThe programme is online.",
                "Bonjour Administrator,\n\nLe programme est en ligne.", "Beste Administrator,\n\nThe programme");
        // only in the text the organiser wrote, not in any of the three previews
        assertThat(page.split("Dear participant", -1)).hasSize(2);
        assertThat(broadcasts.ofEvent(event.id(), organiser)).isEmpty();
        assertThat(mails.about("broadcast-test:" + event.id().value())).isEmpty();
    }

    @Test
    void sendsTheTestOnlyToTheSignedInOrganiser() {
        register("fr");

        assertThat(mvc.perform(message("test"))).hasStatusOk().bodyText()
                .contains("A test was sent to " + organiser.email(), "Send to registrants");

        assertThat(mails.about("broadcast-test:" + event.id().value())).hasSize(3)
                .allSatisfy(mail -> assertThat(mail.to()).isEqualTo(organiser.email()));
        assertThat(broadcasts.ofEvent(event.id(), organiser)).isEmpty();
    }

    @Test
    void asksForTheTestFirstThenConfirmsTheNumberOfRecipientsBeforeSending() throws Exception {
        register("fr");
        register("en");
        register("nl");

        assertThat(mvc.perform(message("confirm"))).hasStatusOk().bodyText()
                .contains("Send this message to yourself first.").doesNotContain("Send to 3 people?");
        String tested = tested();
        assertThat(mvc.perform(message("confirm", "tested", tested))).hasStatusOk().bodyText()
                .contains("Send to 3 people?", "Send to 3 people");
        assertThat(mvc.perform(message("confirm", "tested", "0".repeat(64), "texts[0].subject", "Changed")))
                .hasStatusOk().bodyText().contains("Send this message to yourself first.");

        register("en");
        assertThat(mvc.perform(message("send", "tested", tested, "expected", "3"))).hasStatusOk().bodyText()
                .contains("Send to 4 people?", "The number of recipients changed");
        assertThat(broadcasts.ofEvent(event.id(), organiser)).isEmpty();

        assertThat(mvc.perform(message("send", "tested", tested, "expected", "4")))
                .hasStatus3xxRedirection().hasRedirectedUrl(path() + "?sent");
        assertThat(broadcasts.ofEvent(event.id(), organiser)).singleElement()
                .satisfies(view -> assertThat(view.recipients()).isEqualTo(4));
    }

    @Test
    void refusesBadInputWithATranslatedMessageAndSendsNothing() {
        assertThat(mvc.perform(message("test", "status", "CANCELLED").header("Accept-Language", "nl")))
                .hasStatusOk().bodyText().contains("Kies een van de getoonde mogelijkheden.");
        assertThat(mvc.perform(message("test", "texts[1].body", " ").header("Accept-Language", "fr")))
                .hasStatusOk().bodyText().contains("Veuillez remplir ce champ", "id=\"texts1.body-error\"");
        assertThat(mvc.perform(message("preview", "texts[0].subject", "x".repeat(201))))
                .hasStatusOk().bodyText().contains("This text is too long.");
        assertThat(mvc.perform(message("send", "texts[0].body", "")))
                .hasStatusOk().bodyText().contains("Please fill in this field.");

        assertThat(broadcasts.ofEvent(event.id(), organiser)).isEmpty();
        assertThat(mails.about("broadcast-test:" + event.id().value())).isEmpty();
    }
}
