package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.dialoog.support.Http;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Behind a reverse proxy ({@code server.forward-headers-strategy=native}) forwarded headers count only from the
 * configured proxies, here 10.9.9.9: the test client on 127.0.0.1 is a stranger, whatever private address it has.
 * And whatever {@code Host} a request names, no redirect repeats it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "dialoog.shared.trusted-proxies=10.9.9.9",
        "dialoog.shared.base-url=https://dialoog.example.org", "dialoog.account.login-attempts=5"})
class ForwardedHeadersTests {

    @LocalServerPort
    int port;

    @Autowired
    Audit audit;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void aForgedHostNeverReachesARedirect() {
        Http http = new Http(port);
        for (String path : List.of("/organiser", "/admin", "/organiser/events/1")) {
            String answer = http.raw("GET " + path + " HTTP/1.1", "Host: evil.example:8443");

            assertThat(Http.status(answer)).as(path).isBetween(300, 399);
            String location = location(answer);
            assertThat(location).as(path).doesNotContain("evil.example");
            assertThat(location).as(path).startsWith("/").doesNotStartWith("//");
        }
    }

    /** Spring Security writes the page saved for after sign-in as a full URL from the request's host. */
    @Test
    void aFullRedirectToTheRequestsOwnHostBecomesAPathAndOneElsewhereStays() {
        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/login");
        forged.setServerName("evil.example");

        assertThat(HostlessRedirects.rewrite(forged, "http://evil.example:8443/organiser/events/1?edit#top"))
                .isEqualTo("/organiser/events/1?edit#top");
        assertThat(HostlessRedirects.rewrite(forged, "//EVIL.example//organiser")).isEqualTo("/organiser");
        assertThat(HostlessRedirects.rewrite(forged, "https://evil.example")).isEqualTo("/");
        assertThat(HostlessRedirects.rewrite(forged, "/login?error")).isEqualTo("/login?error");
        assertThat(HostlessRedirects.rewrite(forged, "https://dialoog.example.org/results/x"))
                .isEqualTo("https://dialoog.example.org/results/x");
    }

    @Test
    void aForgedForwardedForFromAnAddressThatIsNoConfiguredProxyIsIgnored() throws Exception {
        Http http = new Http(port);
        String email = "nobody-" + UUID.randomUUID() + "@dialoog.test";
        for (int i = 1; i <= 5; i++) {
            String token = Jsoup.parse(http.send(http.request("/login")).body()).select("input[name=_csrf]").val();
            String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=wrong-"
                    + i + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            http.send(http.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", "203.0.113." + i).POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        // five failures from one address exhaust its attempts; five forged addresses would have spread them
        assertThat(audit.forSubject("login:" + email)).extracting(Audit.Entry::detail)
                .isNotEmpty()
                .allSatisfy(detail -> assertThat(detail).doesNotContain("203.0.113"));
    }

    @Test
    void tomcatTrustsExactlyTheConfiguredProxies() {
        Valve[] valves = ((TomcatWebServer) context.getWebServer()).getTomcat().getEngine().getPipeline()
                .getValves();
        RemoteIpValve valve = (RemoteIpValve) java.util.Arrays.stream(valves)
                .filter(RemoteIpValve.class::isInstance).findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());

        assertThat(trusted.matcher("10.9.9.9").matches()).isTrue();
        for (String stranger : List.of("127.0.0.1", "10.0.0.1", "192.168.1.1", "172.16.0.1", "0:0:0:0:0:0:0:1",
                "10.9.9.90", "169.254.1.1")) {
            assertThat(trusted.matcher(stranger).matches()).as(stranger).isFalse();
        }
        assertThat(valve.getTrustedProxies()).isNull();
    }

    @Test
    void theDefaultTrustsOnlyAProxyOnTheSameMachine() {
        Pattern trusted = Pattern.compile(TrustedProxies.pattern(List.of("127.0.0.1", "::1")));

        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(trusted.matcher("127.0.0.10").matches()).isFalse();
        assertThat(trusted.matcher("10.1.2.3").matches()).isFalse();
        assertThat(Pattern.compile(TrustedProxies.pattern(List.of())).matcher("127.0.0.1").matches()).isFalse();
    }

    private static String location(String rawResponse) {
        return rawResponse.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .map(line -> line.substring(9).strip()).findFirst().orElse("");
    }
}
