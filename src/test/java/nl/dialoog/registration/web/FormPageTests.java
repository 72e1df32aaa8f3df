package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.shared.FormGuard;
import nl.dialoog.shared.FormSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The registration form is rendered once and handed to every later visitor with their own CSRF token and time
 * stamp (FormPages): each visitor's copy works for them, and any change to what the page shows appears at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormPageTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STAMP = Pattern.compile("name=\"started\" value=\"([^\"]+)\"");

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
    FormGuard guard;

    @Autowired
    FormSecret secret;

    EventView event;

    @BeforeEach
    void openEvent() {
        event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(1));
    }

    record Visit(String html, MockHttpSession session, String csrf, String stamp) {
    }

    Visit visit() {
        MvcTestResult result = mvc.get().uri(path()).header("Accept-Language", "en").exchange();
        assertThat(result).hasStatusOk();
        String html = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return new Visit(html, (MockHttpSession) result.getMvcResult().getRequest().getSession(false),
                value(CSRF, html), value(STAMP, html));
    }

    @Test
    void everyVisitorGetsTheSamePageWithTheirOwnTokenAndStampThatWork() throws Exception {
        Visit first = visit();
        Visit second = visit();

        assertThat(second.csrf()).isNotEqualTo(first.csrf());
        assertThat(second.stamp()).isNotEqualTo(first.stamp());
        assertThat(second.session().getId()).isNotEqualTo(first.session().getId());
        assertThat(second.html().replace(second.csrf(), "").replace(second.stamp(), ""))
                .isEqualTo(first.html().replace(first.csrf(), "").replace(first.stamp(), ""));
        // the stamp is a valid signature of the moment the page was shown (checked here without the minimum wait)
        FormGuard noWait = new FormGuard(secret.key(), Clock.systemUTC(), Duration.ZERO, 100, 100,
                Duration.ofMinutes(1));
        assertThat(noWait.check(second.stamp(), "", "203.0.113.7", TestEvents.email()).accepted()).isTrue();

        // the second visitor's token works with their session only
        assertThat(mvc.perform(registration(second.session(), first.csrf()))).hasStatus(403);
        assertThat(mvc.perform(registration(second.session(), second.csrf()))).hasStatus3xxRedirection()
                .hasRedirectedUrl("/events/" + event.slug() + "/register/done");
    }

    @Test
    void showsAChangeToTheOptionsOrTheEventOrItsPlacesAtOnce() {
        assertThat(visit().html()).doesNotContain("Your organisation's name", "This event is full");

        admin.addQuestion(event.id(), QuestionKind.ORGANISATION_NAME, true,
                LocalizedText.of("en", "Your organisation's name"), List.of(), accounts.firstAdmin().orElseThrow());
        assertThat(visit().html()).contains("Your organisation&#39;s name");

        catalog.update(event.id(), new EventDetails(event.slug(), event.defaultLanguage(), event.languages(),
                event.zone(), event.start().atZone(event.zone()).toLocalDateTime(),
                event.end().atZone(event.zone()).toLocalDateTime(), LocalizedText.of("en", "A renamed dialogue"),
                event.summary(), event.description(), event.purpose()), accounts.firstAdmin().orElseThrow());
        assertThat(visit().html()).contains("A renamed dialogue");

        var answers = java.util.Map.of(registrations.options(event.id()).questions().getFirst().id(),
                List.of("Partos"));
        registrations.register(catalog.findPublished(event.slug()).orElseThrow(),
                new nl.dialoog.registration.NewRegistration("Ama Mensah", TestEvents.email(), "en", "Africa/Accra",
                        answers, true, 0, null));
        assertThat(visit().html()).contains("This event is full", "Join the waiting list");
    }

    @Test
    void aSignedInOrganiserSeesTheirOwnMenuAndNobodyElseDoes() {
        assertThat(visit().html()).doesNotContain("/logout");
        assertThat(mvc.get().uri(path()).with(user("organiser@example.org").roles("ORGANISER")))
                .hasStatusOk().bodyText().contains("/logout");
        assertThat(visit().html()).doesNotContain("/logout");
    }

    @Test
    void compressesThePageWhenTheBrowserAcceptsGzip() throws IOException {
        MockHttpServletResponse plain = mvc.get().uri(path()).exchange().getResponse();
        MockHttpServletResponse packed = mvc.get().uri(path()).header("Accept-Encoding", "gzip, deflate, br")
                .exchange().getResponse();
        MockHttpServletResponse refused = mvc.get().uri(path()).header("Accept-Encoding", "gzip;q=0, identity")
                .exchange().getResponse();

        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(refused.getHeader("Content-Encoding")).isNull();
        assertThat(packed.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(packed.getHeader("Vary")).isEqualTo("Accept-Encoding");
        String unpacked;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(packed.getContentAsByteArray()))) {
            unpacked = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text = new String(plain.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(unpacked.replace(value(CSRF, unpacked), "").replace(value(STAMP, unpacked), ""))
                .isEqualTo(text.replace(value(CSRF, text), "").replace(value(STAMP, text), ""))
                .contains("</html>");
        assertThat(packed.getContentAsByteArray().length).isLessThan(text.length() / 3);
    }

    private org.springframework.test.web.servlet.RequestBuilder registration(MockHttpSession session, String csrf) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path()).session(session)
                .with(request -> {
                    request.setRemoteAddr("198.51.100." + (int) (Math.random() * 250));
                    return request;
                })
                .param("_csrf", csrf).param("name", "Awa Diallo").param("email", TestEvents.email())
                .param("language", "en").param("zone", "Africa/Accra").param("consent", "true")
                .param("privacyVersion", "0").param("website", "")
                .param("started", guard.issue(Instant.now().minusSeconds(10)));
    }

    private String path() {
        return "/events/" + event.slug() + "/register";
    }

    private static String value(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
