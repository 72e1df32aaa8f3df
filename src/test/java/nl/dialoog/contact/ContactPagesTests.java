package nl.dialoog.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventId;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class ContactPagesTests {

    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    MailQueue mail;

    @Autowired
    JdbcClient jdbc;

    AccountView admin;
    EventId event;
    String slug;

    @BeforeEach
    void publishedEventWithTwoContactPeople() {
        admin = accounts.firstAdmin().orElseThrow();
        slug = "contact-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime start = LocalDateTime.now().plusDays(20).withNano(0);
        event = catalog.create(new EventDetails(slug, "en", List.of("en", "nl"), ZoneId.of("Europe/Amsterdam"),
                start, start.plusHours(2), new LocalizedText(Map.of("en", "Roles of CSOs", "nl", "Rollen")),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY), admin);
        catalog.setContactAddresses(event, List.of("iob@example.org", "partos@example.org"), admin);
        catalog.publish(event, admin);
    }

    String token() throws Exception {
        MvcTestResult page = mvc.get().uri("/events/" + slug + "/contact").exchange();
        Matcher matcher = TOKEN.matcher(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the form carries a token").isTrue();
        return matcher.group(1);
    }

    MvcTestResult send(String language, String name, String email, String message, String honeypot, String token) {
        return mvc.post().uri("/events/" + slug + "/contact").with(csrf()).header("Accept-Language", language)
                .param("name", name).param("email", email).param("message", message).param("website", honeypot)
                .param("token", token).exchange();
    }

    long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM contact_message WHERE event_id = :e").param("e", event.value())
                .query(Long.class).single();
    }

    @Test
    void showsTheFormInTheVisitorsLanguageWithoutPublishingAnyAddress() {
        assertThat(mvc.get().uri("/events/" + slug + "/contact").header("Accept-Language", "fr")).hasStatusOk()
                .bodyText().contains("Questions ou suggestions", "Envoyer aux organisateurs")
                .doesNotContain("iob@example.org", "partos@example.org");
    }

    @Test
    void keepsTheMessageAndMailsEachContactPersonWithReplyToTheSender() throws Exception {
        MvcTestResult result = send("nl", "Ama Mensah", "ama@example.org", "Will there be French interpretation?", "",
                token());

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/events/" + slug + "/contact/sent");
        assertThat(stored()).isEqualTo(1);
        long id = jdbc.sql("SELECT id FROM contact_message WHERE event_id = :e").param("e", event.value())
                .query(Long.class).single();
        List<MailView> mails = mail.about("contact:" + id);
        assertThat(mails).extracting(MailView::to).containsExactlyInAnyOrder("iob@example.org", "partos@example.org");
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.replyTo()).isEqualTo("ama@example.org");
            assertThat(m.subject()).isEqualTo("Question or suggestion about Roles of CSOs");
            assertThat(m.text()).contains("Ama Mensah", "Will there be French interpretation?");
        });
        assertThat(mvc.get().uri("/events/" + slug + "/contact/sent").header("Accept-Language", "nl")).hasStatusOk()
                .bodyText().contains("Dank u wel");
    }

    @Test
    void refusesBadInputWithTranslatedMessagesAndKeepsNothing() throws Exception {
        assertThat(send("es", "Ama", "not-an-address", "Hola", "", token())).hasStatusOk().bodyText()
                .contains("Introduzca una dirección de correo válida.", "value=\"Ama\"");
        assertThat(send("en", "", "ama@example.org", "", "", token())).hasStatusOk().bodyText()
                .contains("Please fill in this field.");
        assertThat(send("en", "Ama", "ama@example.org", "x".repeat(5001), "", token())).hasStatusOk().bodyText()
                .contains("Please use at most 5,000 characters.");
        assertThat(stored()).isZero();
    }

    @Test
    void refusesABotThatFillsTheHoneypotOrForgesTheToken() throws Exception {
        assertThat(send("en", "Bot", "bot@example.org", "Buy now", "http://spam.example", token())).hasStatusOk()
                .bodyText().contains("quicker than we expected from a person");
        assertThat(send("en", "Bot", "bot@example.org", "Buy now", "", "1.forged")).hasStatusOk()
                .bodyText().contains("This form has expired");
        assertThat(stored()).isZero();
    }

    @Test
    void showsTheMessagesToTheOrganisersOnly() throws Exception {
        send("en", "Ama Mensah", "ama@example.org", "A question about the chat", "", token());

        assertThat(mvc.get().uri("/organiser/events/" + event.value() + "/messages")
                .with(user(admin.email()).roles("ADMIN"))).hasStatusOk().bodyText()
                .contains("Ama Mensah", "A question about the chat", "ama@example.org");
        assertThat(mvc.get().uri("/organiser/events/" + event.value() + "/messages")).hasStatus3xxRedirection();
    }

    @Test
    void namesTheEventOnEachContactPageInsteadOfShowingTemplateText() throws Exception {
        String form = mvc.get().uri("/events/" + slug + "/contact").header("Accept-Language", "en").exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String sent = mvc.get().uri("/events/" + slug + "/contact/sent").header("Accept-Language", "en").exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String inbox = mvc.get().uri("/organiser/events/" + event.value() + "/messages").header("Accept-Language", "en")
                .with(user(admin.email()).roles("ADMIN")).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(org.jsoup.Jsoup.parse(form).title()).isEqualTo("Questions or suggestions — Roles of CSOs");
        assertThat(org.jsoup.Jsoup.parse(form).select("main a").first().text()).isEqualTo("Roles of CSOs");
        assertThat(org.jsoup.Jsoup.parse(sent).select("main").text()).contains("Back to Roles of CSOs");
        assertThat(org.jsoup.Jsoup.parse(inbox).title()).isEqualTo("Questions and suggestions — Roles of CSOs");
        assertThat(org.jsoup.Jsoup.parse(inbox).select("h1").text())
                .isEqualTo("Questions and suggestions about Roles of CSOs");
        for (String page : new String[]{form, sent, inbox}) {
            assertThat(page).doesNotContain("th:text").doesNotContain("#{contact");
        }
    }

    @Test
    void answersUnknownEventsWithNotFound() {
        assertThat(mvc.get().uri("/events/no-such-event/contact")).hasStatus(404);
        assertThat(mvc.post().uri("/events/no-such-event/contact").with(csrf()).param("name", "A")).hasStatus(404);
    }
}
