package nl.dialoog.outcome.web;

import java.util.Locale;
import nl.dialoog.outcome.Outcomes;
import nl.dialoog.outcome.ReportNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A published report: on the event's public results page, or for whoever has its private link. */
@Controller
class ResultsPage {

    private final Outcomes outcomes;

    ResultsPage(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/events/{slug}/results")
    String published(@PathVariable String slug, Model model, Locale locale) {
        return page(outcomes.published(slug).orElseThrow(ReportNotFound::new), "/events/" + slug + "/results",
                model, locale);
    }

    @GetMapping("/events/{slug}/results.{format:pdf|md|json}")
    ResponseEntity<byte[]> publishedExport(@PathVariable String slug, @PathVariable String format, Locale locale) {
        return Downloads.export(outcomes, outcomes.published(slug).orElseThrow(ReportNotFound::new), format, locale);
    }

    @GetMapping("/events/{slug}/results/{table}.csv")
    ResponseEntity<byte[]> publishedCsv(@PathVariable String slug, @PathVariable String table) {
        return Downloads.csv(outcomes, outcomes.published(slug).orElseThrow(ReportNotFound::new), table);
    }

    // a token has no dot, so "/results/<token>.pdf" reaches the export below, not this page
    @GetMapping("/results/{token:[A-Za-z0-9_-]+}")
    String byLink(@PathVariable String token, Model model, Locale locale) {
        return page(outcomes.byLink(token).orElseThrow(ReportNotFound::new), "/results/" + token, model, locale);
    }

    @GetMapping("/results/{token}.{format:pdf|md|json}")
    ResponseEntity<byte[]> linkExport(@PathVariable String token, @PathVariable String format, Locale locale) {
        return Downloads.export(outcomes, outcomes.byLink(token).orElseThrow(ReportNotFound::new), format, locale);
    }

    @GetMapping("/results/{token}/{table}.csv")
    ResponseEntity<byte[]> linkCsv(@PathVariable String token, @PathVariable String table) {
        return Downloads.csv(outcomes, outcomes.byLink(token).orElseThrow(ReportNotFound::new), table);
    }

    private String page(Outcomes.Readable readable, String base, Model model, Locale locale) {
        model.addAttribute("view", outcomes.view(readable, locale));
        model.addAttribute("base", base);
        model.addAttribute("tables", Outcomes.csvTables());
        return "outcome/results";
    }
}
