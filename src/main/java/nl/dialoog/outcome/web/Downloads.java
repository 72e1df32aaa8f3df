package nl.dialoog.outcome.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.dialoog.outcome.Outcomes;
import nl.dialoog.outcome.ReportNotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The report's exports as downloads, the same for organisers, private links and the public results page. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> export(Outcomes outcomes, Outcomes.Readable readable, String format,
                                         Locale locale) {
        String name = "results-" + readable.event().slug();
        return switch (format) {
            case "pdf" -> file(outcomes.pdf(readable, locale), MediaType.APPLICATION_PDF, name + ".pdf");
            case "md" -> file(outcomes.markdown(readable, locale).getBytes(StandardCharsets.UTF_8),
                    new MediaType("text", "markdown", StandardCharsets.UTF_8), name + ".md");
            case "json" -> file(outcomes.json(readable), MediaType.APPLICATION_JSON, name + ".json");
            default -> throw new ReportNotFound();
        };
    }

    static ResponseEntity<byte[]> csv(Outcomes outcomes, Outcomes.Readable readable, String table) {
        byte[] bytes = outcomes.csv(readable, table).orElseThrow(ReportNotFound::new);
        return file(bytes, new MediaType("text", "csv", StandardCharsets.UTF_8),
                "results-" + readable.event().slug() + "-" + table + ".csv");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
