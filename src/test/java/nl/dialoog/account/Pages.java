package nl.dialoog.account;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.dialoog.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Helpers for pages: reading what MockMvc rendered, signing in on a real server. */
final class Pages {

    private Pages() {
    }

    static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Signs in through the real login form; true when Spring Security sent us on to the organiser pages. */
    static boolean signIn(Http http, String email, String password) {
        HttpResponse<String> response = http.submit("/login", "/login",
                Map.of("username", email, "password", password));
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/organiser");
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
