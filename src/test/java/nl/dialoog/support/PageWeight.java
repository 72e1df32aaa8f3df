package nl.dialoog.support;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a page cost the visitor on the wire, as the browser's Performance API reports it: the document plus every
 * resource it loaded, compressed as sent, headers included, cache hits counting 0. Participants on expensive mobile
 * data pay for exactly this number.
 */
public final class PageWeight {

    /** One download: its address and the bytes it took on the wire. */
    public record Entry(String url, long transferSize) {
    }

    private static final String ENTRIES = """
            return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                .map(entry => [entry.name, entry.transferSize]);""";

    private PageWeight() {
    }

    /** Bytes transferred for the current page so far; call after the page has loaded. */
    public static long transferredBytes(WebDriver driver) {
        return entries(driver).stream().mapToLong(Entry::transferSize).sum();
    }

    /** Each download of the current page, the document first: useful in a failure message over budget. */
    public static List<Entry> entries(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(ENTRIES);
        return rows.stream().map(row -> new Entry((String) row.get(0), ((Number) row.get(1)).longValue())).toList();
    }

    /** "1234 B http://…" per line, for failure messages. */
    public static String describe(WebDriver driver) {
        return String.join("\n", entries(driver).stream()
                .map(e -> String.format("%8d B  %s", e.transferSize(), e.url())).toList());
    }
}
