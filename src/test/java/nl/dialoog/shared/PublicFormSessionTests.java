package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.support.Http;
import org.apache.catalina.Context;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Public forms cost the server no session: viewing and sending the registration and contact forms makes none (the
 * CSRF token waits in a cookie, the done page's outcome in a short-lived one), while a post without the token is
 * still refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dialoog.registration.min-fill-time=0s", "dialoog.registration.per-client-limit=1000000",
        "dialoog.registration.per-email-limit=1000000"})
class PublicFormSessionTests {

    @LocalServerPort
    int port;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void registeringMakesNoServerSession() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        String register = "/events/" + event.slug() + "/register";
        int sessionsBefore = activeSessions();
        Http http = new Http(port);

        HttpResponse<String> sent = http.submit(register, register, registration(http, register));
        HttpResponse<String> done = http.page(sent.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""), "en");

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(done.body()).select("a[href^=/registrations/]")).as("the person's manage link")
                .hasSize(1);
        assertThat(http.cookie("JSESSIONID")).isEmpty();
        assertThat(activeSessions()).isEqualTo(sessionsBefore);
    }

    @Test
    void sendingAContactMessageMakesNoServerSession() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        String contact = "/events/" + event.slug() + "/contact";
        int sessionsBefore = activeSessions();
        Http http = new Http(port);
        String token = Jsoup.parse(http.page(contact, "en").body()).select("input[name=token]").val();

        HttpResponse<String> sent = http.submit(contact, contact, Map.of("name", "Ama", "email",
                "ama@dialoog.test", "message", "Will there be interpretation?", "token", token, "website", ""));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(http.cookie("JSESSIONID")).isEmpty();
        assertThat(activeSessions()).isEqualTo(sessionsBefore);
    }

    @Test
    void refusesAPostWithoutTheTokenOrWithAnotherVisitorsToken() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        String register = "/events/" + event.slug() + "/register";
        Http visitor = new Http(port);
        Map<String, String> fields = registration(visitor, register);

        HttpResponse<String> withoutToken = visitor.send(visitor.request(register)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        Http forger = new Http(port);
        String forgersToken = Jsoup.parse(forger.page(register, "en").body()).select("input[name=_csrf]").val();
        fields.put("_csrf", forgersToken);
        HttpResponse<String> withAnotherToken = visitor.send(visitor.request(register)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withAnotherToken.statusCode()).isEqualTo(403);
    }

    private int activeSessions() {
        Context web = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        return web.getManager().getActiveSessions();
    }

    private static Map<String, String> registration(Http http, String register) {
        String started = Jsoup.parse(http.page(register, "en").body()).select("input[name=started]").val();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Ama Mensah");
        fields.put("email", TestEvents.email());
        fields.put("language", "en");
        fields.put("zone", "Africa/Accra");
        fields.put("consent", "true");
        fields.put("privacyVersion", "0");
        fields.put("website", "");
        fields.put("started", started);
        return fields;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(),
                java.nio.charset.StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
    }
}
