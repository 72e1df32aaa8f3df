package nl.dialoog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The site's icon: linked from every page by a versioned address, kept a year, and also at /favicon.ico. */
@SpringBootTest
@AutoConfigureMockMvc
class FaviconTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyPageLinksTheIconAndItIsServedAndKept() throws Exception {
        String page = mvc.get().uri("/login").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher svg = Pattern.compile("<link rel=\"icon\" href=\"(/icons/favicon-[0-9a-f]+\\.svg)\" type=\"image/svg\\+xml\">")
                .matcher(page);
        Matcher ico = Pattern.compile("<link rel=\"icon\" href=\"(/icons/favicon-[0-9a-f]+\\.ico)\" sizes=\"32x32\">")
                .matcher(page);
        assertThat(svg.find()).as(page).isTrue();
        assertThat(ico.find()).as(page).isTrue();

        assertThat(mvc.get().uri(svg.group(1))).hasStatusOk().hasContentType("image/svg+xml")
                .headers().hasValue("Cache-Control", "max-age=31536000, public");
        assertThat(mvc.get().uri(ico.group(1))).hasStatusOk()
                .headers().hasValue("Cache-Control", "max-age=31536000, public");
        assertThat(mvc.get().uri("/favicon.ico")).hasStatusOk()
                .headers().hasValue("Cache-Control", "max-age=604800, public");
    }
}
