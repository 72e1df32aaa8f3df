package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class PublicEventPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    String slug;

    @BeforeEach
    void publishedBilingualEvent() {
        AccountView admin = accounts.firstAdmin().orElseThrow();
        slug = EventCatalogTests.uniqueSlug();
        LocalDateTime start = LocalDateTime.of(2030, 11, 9, 11, 0);
        EventId id = catalog.create(new EventDetails(slug, "en", List.of("en", "nl"), EventCatalogTests.AMSTERDAM,
                start, start.plusHours(2),
                new LocalizedText(Map.of("en", "Changing roles", "nl", "Veranderende rollen")),
                new LocalizedText(Map.of("en", "About partners", "nl", "Over partners")),
                LocalizedText.of("en", "Read **this** <script>alert('x')</script> [x](javascript:alert(1))"),
                LocalizedText.of("en", "To listen to the South")), admin);
        catalog.addHost(id, new HostDetails(new LocalizedText(Map.of("en", "Ministry", "nl", "Ministerie")),
                "https://example.org"), admin);
        catalog.publish(id, admin);
    }

    @Test
    void showsTheEventInTheVisitorsLanguage() {
        assertThat(mvc.get().uri("/events/" + slug).header("Accept-Language", "nl")).hasStatusOk().bodyText()
                .contains("Veranderende rollen", "Over partners", "Ministerie", "Tijd van het evenement")
                .contains("<html lang=\"nl\"");
    }

    @Test
    void fallsBackToTheDefaultLanguageAndSaysSo() {
        assertThat(mvc.get().uri("/events/" + slug).header("Accept-Language", "es")).hasStatusOk().bodyText()
                .contains("Changing roles", "no está disponible en español", "Se muestra en inglés");
    }

    @Test
    void saysSoWhenAnOfferedLanguagesTextsAreEmpty() {
        AccountView admin = accounts.firstAdmin().orElseThrow();
        String untranslated = EventCatalogTests.uniqueSlug();
        LocalDateTime start = LocalDateTime.of(2030, 11, 9, 11, 0);
        EventId id = catalog.create(new EventDetails(untranslated, "en", List.of("en", "fr"),
                EventCatalogTests.AMSTERDAM, start, start.plusHours(2), LocalizedText.of("en", "Changing roles"),
                LocalizedText.of("en", "About partners"), LocalizedText.EMPTY, LocalizedText.EMPTY), admin);
        catalog.publish(id, admin);

        assertThat(mvc.get().uri("/events/" + untranslated).header("Accept-Language", "fr")).hasStatusOk()
                .bodyText().contains("Changing roles", "n’est pas disponible en français", "Il est affiché en anglais");
    }

    @Test
    void saysSoWhenSomeOfAnOfferedLanguagesTextsAreEmpty() {
        assertThat(mvc.get().uri("/events/" + slug).header("Accept-Language", "nl")).hasStatusOk().bodyText()
                .contains("Veranderende rollen", "To listen to the South",
                        "Delen van dit evenement zijn niet beschikbaar in het Nederlands",
                        "Ze worden getoond in het Engels");
    }

    @Test
    void showsTheTimeInTheEventsZoneAndInUtcWithZoneNames() {
        assertThat(mvc.get().uri("/events/" + slug).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("11:00", "1:00", "Central European Standard Time", "Europe/Amsterdam")
                .contains("10:00", "Coordinated Universal Time")
                .contains("data-start=\"2030-11-09T10:00:00Z\"");
    }

    @Test
    void rendersTheDescriptionAsSanitisedMarkdown() {
        assertThat(mvc.get().uri("/events/" + slug)).hasStatusOk().bodyText()
                .contains("<strong>this</strong>")
                .doesNotContain("<script>alert")
                .doesNotContain("javascript:alert");
    }

    @Test
    void listsTheEventOnTheHomePage() {
        // other test classes fill the shared database with upcoming events; the home page shows the soonest
        AccountView admin = accounts.firstAdmin().orElseThrow();
        String soon = EventCatalogTests.uniqueSlug();
        EventId id = catalog.create(EventCatalogTests.details(soon, LocalDateTime.now().plusMinutes(5)), admin);
        catalog.publish(id, admin);

        assertThat(mvc.get().uri("/").header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("/events/" + soon, "Changing roles");
    }

    @Test
    void pagesThroughManyUpcomingEvents() {
        AccountView admin = accounts.firstAdmin().orElseThrow();
        for (int i = 0; i < 51; i++) {
            EventId id = catalog.create(EventCatalogTests.details(EventCatalogTests.uniqueSlug(),
                    LocalDateTime.now().plusMinutes(10 + i)), admin);
            catalog.publish(id, admin);
        }

        assertThat(mvc.get().uri("/").header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("href=\"/?page=2\"", "Later events").doesNotContain("Sooner events");
        assertThat(mvc.get().uri("/?page=2").header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("href=\"/?page=1\"", "Sooner events");
        assertThat(mvc.get().uri("/?page=-5")).hasStatusOk();
        assertThat(mvc.get().uri("/?page=999999999")).hasStatusOk();
        assertThat(mvc.get().uri("/?page=abc")).hasStatus(400);
    }

    @Test
    void offersTheCalendarFileAsAnAttachment() {
        var result = mvc.get().uri("/events/" + slug + "/calendar.ics").header("Accept-Language", "nl").exchange();

        assertThat(result).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"");
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(result).bodyText().contains("SUMMARY:Veranderende rollen", "DTSTART;TZID=Europe/Amsterdam:20301109T110000");
    }

    @Test
    void keepsDraftsAndUnknownEventsOutOfSight() {
        AccountView admin = accounts.firstAdmin().orElseThrow();
        String draft = EventCatalogTests.uniqueSlug();
        catalog.create(EventCatalogTests.details(draft, LocalDateTime.of(2030, 1, 1, 10, 0)), admin);

        assertThat(mvc.get().uri("/events/" + draft)).hasStatus(404);
        assertThat(mvc.get().uri("/events/" + draft + "/calendar.ics")).hasStatus(404);
        assertThat(mvc.get().uri("/events/no-such-event")).hasStatus(404);
        assertThat(mvc.get().uri("/")).bodyText().doesNotContain(draft);
    }
}
