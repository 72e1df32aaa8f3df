package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import nl.dialoog.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Which language a visitor gets: a ?lang= choice (kept in a cookie), else the best Accept-Language match, else
 * English. Rendered pages are checked on the 404 page, which every build has and which needs the real server;
 * the choice itself is also checked through MockMvc, where the resolved locale can be read off the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class LanguageTests {

    static final String PAGE = "/no-such-page";

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Test
    void showsThePageInTheBestUiLanguageTheBrowserAccepts() {
        HttpResponse<String> response = new Http(port).page(PAGE, "de, fr;q=0.8, en;q=0.5");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(html(response).attr("lang")).isEqualTo("fr");
        assertThat(response.body()).contains("Page introuvable");
    }

    @Test
    void fallsBackToEnglishForAMalformedAcceptLanguage() {
        HttpResponse<String> response = new Http(port).page(PAGE, "%%%;q=banana, ,;");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(html(response).attr("lang")).isEqualTo("en");
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void langParameterSwitchesLanguageAndTheCookieKeepsIt() {
        Http browser = new Http(port);

        HttpResponse<String> chosen = browser.page(PAGE + "?lang=nl", "fr");
        HttpResponse<String> next = browser.page(PAGE, "fr");

        assertThat(html(chosen).attr("lang")).isEqualTo("nl");
        assertThat(browser.cookie("dialoog-lang")).hasValueSatisfying(cookie -> {
            assertThat(cookie.getValue()).isEqualTo("nl");
            assertThat(cookie.getMaxAge()).isGreaterThan(Duration.ofDays(300).toSeconds());
        });
        assertThat(html(next).attr("lang")).isEqualTo("nl");
        assertThat(next.body()).contains("Pagina niet gevonden");
    }

    @Test
    void ignoresALangParameterThatIsNoUiLanguage() {
        for (String lang : new String[] {"de", "%25%25%25", "nl-XX-%40%40", "x".repeat(300)}) {
            Http browser = new Http(port);

            HttpResponse<String> response = browser.page(PAGE + "?lang=" + lang, "es");

            assertThat(response.statusCode()).as("?lang=" + lang).isBetween(400, 499);
            assertThat(response.body()).as("?lang=" + lang).doesNotContain("Exception");
            assertThat(browser.cookie("dialoog-lang")).as("?lang=" + lang).isEmpty();
            if (response.statusCode() == 404) {
                assertThat(html(response).attr("lang")).as("?lang=" + lang).isEqualTo("es");
            }
        }
    }

    @Test
    void survivesAMalformedLangParameterInTheUrl() {
        String response = new Http(port).raw("GET " + PAGE + "?lang=%%% HTTP/1.1", "Accept: text/html",
                "Accept-Language: es");

        assertThat(Http.status(response)).isBetween(400, 499);
        assertThat(response).doesNotContain("Exception").doesNotContain("dialoog-lang=");
        assertThat(Jsoup.parse(response.substring(response.indexOf("\r\n\r\n"))).selectFirst("html").attr("lang"))
                .as(response).isEqualTo("es");
    }

    @Test
    void ignoresAForgedLanguageCookie() {
        HttpResponse<String> response = new Http(port).send(new Http(port).request(PAGE)
                .header("Accept", "text/html").header("Accept-Language", "es")
                .header("Cookie", "dialoog-lang=de"));

        assertThat(html(response).attr("lang")).isEqualTo("es");
    }

    @Test
    void marksEveryUiLanguagePageWithItsLanguageAndDirection() {
        for (String language : Languages.UI) {
            Element html = html(new Http(port).page(PAGE + "?lang=" + language, "en"));

            assertThat(html.attr("lang")).isEqualTo(language);
            assertThat(html.attr("dir")).isEqualTo("ltr");
        }
    }

    @Test
    void resolvesTheBestMatchThroughTheMvcStack() {
        MvcTestResult result = mvc.get().uri(PAGE).header("Accept-Language", "pt-BR, es;q=0.9, nl;q=0.1").exchange();

        assertThat(RequestContextUtils.getLocale(result.getRequest())).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void langParameterSetsALongLivedLaxCookieThroughTheMvcStack() {
        MvcTestResult result = mvc.get().uri(PAGE).param("lang", "fr").header("Accept-Language", "en").exchange();

        assertThat(RequestContextUtils.getLocale(result.getRequest())).isEqualTo(Locale.FRENCH);
        assertThat(result).cookies().containsCookie("dialoog-lang").hasValue("dialoog-lang", "fr")
                .hasMaxAge("dialoog-lang", Duration.ofDays(365))
                .hasCookieSatisfying("dialoog-lang", cookie -> assertThat(cookie.getAttribute("SameSite"))
                        .isEqualTo("Lax"));
    }

    @Test
    void keepsTheCookieChoiceOverAcceptLanguageThroughTheMvcStack() {
        MvcTestResult result = mvc.get().uri(PAGE).header("Accept-Language", "fr")
                .cookie(new jakarta.servlet.http.Cookie("dialoog-lang", "nl")).exchange();

        assertThat(RequestContextUtils.getLocale(result.getRequest())).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(result).cookies().doesNotContainCookie("dialoog-lang");
    }

    @Test
    void rendersTheSignInPageInTheChosenLanguageThroughTheMvcStack() throws Exception {
        // SecurityConfig names /login as the sign-in page, so every build has it from the account module on.
        MvcTestResult result = mvc.get().uri("/login").param("lang", "es").header("Accept-Language", "fr").exchange();

        assertThat(result).hasStatusOk().hasHeader("Content-Language", "es");
        Element html = Jsoup.parse(result.getResponse().getContentAsString()).selectFirst("html");
        assertThat(html.attr("lang")).isEqualTo("es");
        assertThat(html.attr("dir")).isEqualTo("ltr");
    }

    private static Element html(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).selectFirst("html");
    }
}
