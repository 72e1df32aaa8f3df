package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo is off in tests (dialoog.event.demo=off); this loads it explicitly, once. */
@SpringBootTest
class DemoDataTests {

    @Autowired
    DemoData demo;

    @Autowired
    EventCatalog catalog;

    @Test
    void loadsTheScenarioWebinarFaithfullyAndOnlyOnce() {
        demo.load();
        boolean again = demo.load();

        EventView webinar = catalog.findPublished(DemoData.SLUG_2017).orElseThrow();
        assertThat(again).isFalse();
        assertThat(webinar.start()).isEqualTo(Instant.parse("2017-11-09T10:00:00Z"));
        assertThat(webinar.end()).isEqualTo(Instant.parse("2017-11-09T12:00:00Z"));
        assertThat(webinar.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(webinar.languages()).containsExactlyInAnyOrder("en", "nl");
        assertThat(webinar.title().in("en")).isEqualTo("Webinar: Changing roles of CSOs and partners");
        assertThat(webinar.hosts()).extracting(h -> h.name().in("nl")).containsExactly(
                "IOB — Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie",
                "Ministerie van Buitenlandse Zaken — DSO/MO", "Partos", "The Partnership Learning Loop");
        assertThat(webinar.description().in("nl")).contains("perceptiestudie", "chatfunctie");
        assertThat(webinar.purpose().in("en")).contains("future development policy", "The Spindle");
    }

    @Test
    void addsAnUpcomingEditionWithTheSameContentAtElevenAmsterdamTime() {
        demo.load();

        EventView upcoming = catalog.findPublished(DemoData.SLUG_UPCOMING).orElseThrow();
        EventView original = catalog.findPublished(DemoData.SLUG_2017).orElseThrow();
        assertThat(upcoming.start()).isAfter(Instant.now());
        assertThat(upcoming.start().atZone(upcoming.zone()).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        assertThat(upcoming.end().atZone(upcoming.zone()).toLocalTime()).isEqualTo(LocalTime.of(13, 0));
        assertThat(upcoming.title()).isEqualTo(original.title());
        assertThat(upcoming.hosts()).hasSameSizeAs(original.hosts());
    }
}
