package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Locale;
import nl.dialoog.support.Http;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input gets a clear, translated 4xx and never a 500 or a stack trace: a browser gets the error page in its
 * language, any other client an RFC 9457 problem document. Runs against the real server because error pages are
 * rendered by the servlet container's error dispatch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorHandlingTests {

    @LocalServerPort
    int port;

    @Autowired
    SharedSettings settings;

    @Autowired
    MessageSource messages;

    /** Endpoints with typed parameters, so the tests do not depend on pages other modules are still building. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {

        @Bean
        ProbeEndpoints probeEndpoints() {
            return new ProbeEndpoints();
        }
    }

    @RestController
    static class ProbeEndpoints {

        @GetMapping("/test-only/twice")
        int twice(@RequestParam int n) {
            return 2 * n;
        }

        @PostMapping("/test-only/echo")
        String echo(@RequestBody String body) {
            return body;
        }
    }

    @Test
    void refusesATooLargeBodyWithTheTranslatedPageForBrowsers() {
        HttpResponse<String> response = post(settings.maxRequestBytes() + 1, "text/html", "nl");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).text()).contains(text("shared.error.tooLarge", "nl"));
        assertNoStackTrace(response.body());
    }

    @Test
    void refusesATooLargeBodyWithProblemJsonForApiClients() {
        HttpResponse<String> response = post(settings.maxRequestBytes() + 1, "application/json", "fr");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).isEqualTo(text("shared.error.tooLarge", "fr"));
        assertNoStackTrace(response.body());
    }

    @Test
    void letsABodyOfExactlyTheLimitThrough() {
        HttpResponse<String> response = post(settings.maxRequestBytes(), "application/json", "en");

        // Without a CSRF token the post goes no further than security, but it is not refused for its size.
        assertThat(response.statusCode()).isNotEqualTo(413).isBetween(400, 499);
    }

    @Test
    void answersAParameterOfTheWrongTypeWith400() {
        Http http = new Http(port);

        HttpResponse<String> page = http.page("/test-only/twice?n=abc", "es");
        HttpResponse<String> api = http.send(http.request("/test-only/twice?n=abc")
                .header("Accept", "application/json").header("Accept-Language", "es"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo(text("shared.error.badRequest.title", "es"));
        assertNoStackTrace(page.body());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"status\":400");
        assertNoStackTrace(api.body());
    }

    @Test
    void answersAMissingParameterWith400() {
        HttpResponse<String> response = new Http(port).page("/test-only/twice", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertNoStackTrace(response.body());
    }

    @Test
    void answersAnUnsupportedMethodWith405() {
        HttpResponse<String> response = new Http(port).page("/test-only/echo", "fr");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(Jsoup.parse(response.body()).select("h1").text())
                .isEqualTo(text("shared.error.badRequest.title", "fr"));
        assertNoStackTrace(response.body());
    }

    @Test
    void answersMalformedRequestsWith4xx() {
        Http http = new Http(port);
        String[] requestLines = {"TRACE / HTTP/1.1", "GET /%%% HTTP/1.1", "GET /a/%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
                "GET /test-only/twice?n=1e999999 HTTP/1.1", "GET /;jsessionid=x/../actuator/env HTTP/1.1"};

        for (String requestLine : requestLines) {
            String response = http.raw(requestLine, "Accept: text/html");

            assertThat(Http.status(response)).as(requestLine).isBetween(400, 499);
            assertNoStackTrace(response);
        }
    }

    private HttpResponse<String> post(long bytes, String accept, String language) {
        Http http = new Http(port);
        return http.send(http.request("/test-only/echo").header("Accept", accept)
                .header("Accept-Language", language).header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofByteArray(new byte[Math.toIntExact(bytes)])));
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("at java.").doesNotContain("springframework");
    }
}
