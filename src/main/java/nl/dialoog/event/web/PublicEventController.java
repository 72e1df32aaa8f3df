package nl.dialoog.event.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventNotFound;
import nl.dialoog.event.EventPageLink;
import nl.dialoog.event.EventView;
import nl.dialoog.shared.SharedSettings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public side: the home page listing, an event's page and its calendar file. */
@Controller
class PublicEventController {

    public record Card(String slug, EventPage.Text title, EventPage.Text summary, String time) {
    }

    static final int PAGE_SIZE = 50;
    private static final int MAX_PAGE = 10_000;

    private final EventCatalog catalog;
    private final SharedSettings site;
    private final Clock clock;
    private final List<EventPageLink.Source> links;

    PublicEventController(EventCatalog catalog, SharedSettings site, Clock clock, List<EventPageLink.Source> links) {
        this.catalog = catalog;
        this.site = site;
        this.clock = clock;
        this.links = links;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "page", defaultValue = "1") int page, Model model, Locale locale) {
        int shown = Math.clamp(page, 1, MAX_PAGE);
        // one more than a page tells whether there is a next one
        List<EventView> upcoming = catalog.upcoming(PAGE_SIZE + 1, (shown - 1) * PAGE_SIZE);
        model.addAttribute("upcoming", cards(upcoming.subList(0, Math.min(PAGE_SIZE, upcoming.size())), locale));
        model.addAttribute("page", shown);
        model.addAttribute("morePages", upcoming.size() > PAGE_SIZE);
        model.addAttribute("past", shown == 1 ? cards(catalog.past(20), locale) : List.of());
        return "event/home";
    }

    @GetMapping("/events/{slug}")
    String page(@PathVariable String slug, Model model, Locale locale) {
        EventView event = catalog.findPublished(slug).orElseThrow(() -> new EventNotFound(slug));
        model.addAttribute("page", EventPage.of(event, locale));
        model.addAttribute("preview", false);
        model.addAttribute("over", event.end().isBefore(clock.instant()));
        model.addAttribute("links", links.stream().flatMap(source -> source.linkFor(event).stream()).toList());
        return "event/page";
    }

    @GetMapping(value = "/events/{slug}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable String slug, Locale locale) {
        EventView event = catalog.findPublished(slug).orElseThrow(() -> new EventNotFound(slug));
        String body = catalog.calendarFile(event, event.languageFor(locale.getLanguage()), pageUrl(event));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(event.slug() + ".ics").build().toString())
                .body(body);
    }

    private URI pageUrl(EventView event) {
        return URI.create(site.baseUrl().replaceAll("/+$", "") + "/events/" + event.slug());
    }

    private static List<Card> cards(List<EventView> events, Locale locale) {
        return events.stream().map(event -> {
            EventPage page = EventPage.of(event, locale);
            return new Card(event.slug(), page.title(), page.summary(), EventPage.listingTime(event, locale));
        }).toList();
    }
}
