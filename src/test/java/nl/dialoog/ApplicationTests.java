package nl.dialoog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reportsHealthUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health", "application/json", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void showsTranslatedNotFoundPageToBrowsers() throws Exception {
        HttpResponse<String> response = get("/no-such-page", "text/html", "nl");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Pagina niet gevonden").doesNotContain("Exception");
    }

    @Test
    void answersOtherClientsWithTranslatedProblemJson() throws Exception {
        HttpResponse<String> response = get("/no-such-page", "application/json", "fr");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"title\":\"Page introuvable\"").contains("\"status\":404");
    }

    private HttpResponse<String> get(String path, String accept, String language)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
