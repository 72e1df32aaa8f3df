package nl.dialoog.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The accessibility check must fail on a broken page and name what is wrong, or a green run proves nothing. */
class AccessibilityTests {

    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open(Browser.Visitor.DEFAULT);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void listsEachViolationWithRuleImpactAndElement() {
        show("<html><head><title>Broken</title></head><body><main><img src='x.png'>"
                + "<button></button></main></body></html>");

        assertThatThrownBy(() -> Accessibility.assertNoViolations(browser.driver(), "broken page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("broken page")
                .hasMessageContaining("html-has-lang [serious]")
                .hasMessageContaining("image-alt [critical]")
                .hasMessageContaining("button-name [critical]")
                .hasMessageContaining("at [img]");
    }

    @Test
    void passesAPageWithoutViolations() {
        show("<!DOCTYPE html><html lang='en'><head><title>Fine</title></head><body><main><h1>Fine</h1>"
                + "<img src='x.png' alt='A logo'></main></body></html>");

        assertThatCode(() -> Accessibility.assertNoViolations(browser.driver(), "fine page"))
                .doesNotThrowAnyException();
    }

    private static void show(String html) {
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
