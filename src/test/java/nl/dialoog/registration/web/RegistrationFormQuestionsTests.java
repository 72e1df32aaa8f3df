package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.shared.FormGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The form's list questions (country, organisation type) and invite codes bound to an invitee, as a visitor sees them. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationFormQuestionsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    FormGuard guard;

    AccountView organiser;

    @BeforeEach
    void organiser() {
        organiser = accounts.firstAdmin().orElseThrow();
    }

    @Test
    void showsCountriesInTheReadersLanguageAndKeepsTheChosenOneAfterAnError() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        long country = admin.addQuestion(event.id(), QuestionKind.COUNTRY, true,
                new LocalizedText(Map.of("en", "Country", "fr", "Pays")), List.of(), organiser);

        assertThat(mvc.get().uri("/events/" + event.slug() + "/register").header("Accept-Language", "fr"))
                .hasStatusOk().bodyText().contains("<option value=\"NL\">Pays-Bas</option>",
                        "<option value=\"\">");
        assertThat(mvc.perform(post(event, "not-an-address").param("q" + country, "NL")))
                .hasStatusOk().bodyText().contains("<option value=\"NL\" selected>Pays-Bas</option>", "email-error");
    }

    @Test
    void refusesAnInviteCodeSentToAnotherAddressWithATranslatedMessage() {
        EventView event = TestEvents.published(catalog, accounts, admin, new RegistrationOptions(null, null, null,
                false, true, false, LocalizedText.EMPTY, 0, List.of()));
        admin.importInvites(event.id(), TestEvents.email() + ",Awa Diallo", organiser);
        String code = admin.invites(event.id(), organiser).getFirst().code();

        assertThat(mvc.perform(post(event, TestEvents.email()).param("inviteCode", code))).hasStatusOk().bodyText()
                .contains("Ce code d’invitation a été envoyé à une autre adresse e-mail", "inviteCode-error");
        assertThat(admin.registrations(event.id(), organiser)).isEmpty();
    }

    @Test
    void flagsEveryMissingAnswerAtOnceAndNamesEachFieldInTheSummary() throws Exception {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        long organisation = admin.addQuestion(event.id(), QuestionKind.SHORT_TEXT, true,
                new LocalizedText(Map.of("en", "Organisation")), List.of(), organiser);
        long role = admin.addQuestion(event.id(), QuestionKind.SHORT_TEXT, true,
                new LocalizedText(Map.of("en", "Role")), List.of(), organiser);

        var result = mvc.perform(MockMvcRequestBuilders.post("/events/" + event.slug() + "/register").with(csrf())
                .with(request -> {
                    request.setRemoteAddr("198.51.100." + (int) (Math.random() * 256));
                    return request;
                })
                .header("Accept-Language", "en").param("name", "").param("email", "ama@dialoog.test")
                .param("language", "en").param("zone", "Africa/Accra").param("privacyVersion", "0")
                .param("website", "").param("started", guard.issue(Instant.now().minusSeconds(10))));

        assertThat(result).hasStatusOk();
        var page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("#error-summary li").eachText()).containsExactly(
                "Your name: Please fill in this field.",
                "Organisation: Please answer this question.",
                "Role: Please answer this question.",
                "Privacy: " + page.select("#consent-error").text());
        assertThat(page.select("#error-summary li a").eachAttr("href"))
                .containsExactly("#name", "#q" + organisation, "#q" + role, "#consent");
        assertThat(page.select("#q" + organisation + "-error, #q" + role + "-error")).hasSize(2);
    }

    private MockHttpServletRequestBuilder post(EventView event, String email) {
        String address = "198.51." + (int) (Math.random() * 256) + "." + (int) (Math.random() * 256);
        return MockMvcRequestBuilders.post("/events/" + event.slug() + "/register").with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .header("Accept-Language", "fr")
                .param("name", "Awa Diallo").param("email", email).param("language", "fr").param("zone", "Africa/Accra")
                .param("consent", "true").param("privacyVersion", "0").param("website", "")
                .param("started", guard.issue(Instant.now().minusSeconds(10)));
    }
}
