package nl.dialoog.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Runs Deque's axe-core (the checker behind Lighthouse's accessibility audit) on the page the browser shows. */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * Fails listing each violation with its rule id, impact, help text and the elements concerned.
     *
     * @param pageName how the failure names the page, e.g. "event page (es, phone)"
     */
    public static void assertNoViolations(WebDriver driver, String pageName) {
        assertNoViolations(driver, pageName, Duration.ofSeconds(30));
    }

    /** The same, for a long page (a report with a whole session's transcript) that axe needs longer for. */
    public static void assertNoViolations(WebDriver driver, String pageName, Duration timeout) {
        AxeBuilder axe = new AxeBuilder().setTimeout((int) timeout.toSeconds());
        // a sandboxed frame (a mail's HTML in a preview) runs no script, so axe cannot look inside and would wait
        // for it until its timeout; the page around it is still checked whole
        if (!driver.findElements(By.cssSelector("iframe[sandbox]")).isEmpty()) {
            axe.disableIframeTesting();
        }
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(pageName, results.getUrl(), violations));
        }
    }

    static String describe(String pageName, String url, List<Rule> violations) {
        StringBuilder message = new StringBuilder(pageName).append(" (").append(url).append(") has ")
                .append(violations.size()).append(" accessibility violation(s):");
        for (Rule rule : violations) {
            message.append("\n  - ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                message.append("\n      at ").append(node.getTarget()).append(": ")
                        .append(node.getFailureSummary() == null ? node.getHtml()
                                : node.getFailureSummary().replaceAll("\\s*\\n\\s*", " "));
            }
        }
        return message.toString();
    }
}
