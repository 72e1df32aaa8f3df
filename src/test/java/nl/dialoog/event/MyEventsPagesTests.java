package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.desk.ManualRegistration;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.desk.RegistrationDesk;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * My events: each event's card shows where it stands, places taken against places and the waiting list, who came
 * once it ran (staff apart), and links to the next thing to do.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyEventsPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin registrationAdmin;

    @Autowired
    RegistrationDesk desk;

    @Autowired
    JdbcClient jdbc;

    String organiser;

    /** An organiser of an organisation of their own: their My events holds this test's events alone. */
    AccountView admin() {
        if (organiser == null) {
            organiser = EventDashboardPagesTests.organiserOfANewOrganisation(jdbc, "Paging Network", "unused-pw");
        }
        return accounts.findByEmail(organiser).orElseThrow();
    }

    /** An event a month from now, published or not, with two places: two confirmed and one on the waiting list. */
    EventId seeded(String title, boolean published) {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusMonths(1).withHour(11).withMinute(0)
                .withSecond(0).withNano(0);
        EventId id = catalog.create(new EventDetails("mine-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en", "nl"), java.time.ZoneId.of("Europe/Amsterdam"), start, start.plusHours(2),
                new LocalizedText(Map.of("en", title)), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY), admin());
        if (published) {
            catalog.publish(id, admin());
        }
        registrationAdmin.saveOptions(id, new RegistrationOptions(2, null, null, false, false, false,
                LocalizedText.EMPTY, 0, List.of()), admin());
        for (String name : List.of("Amina Otieno", "Kofi Mensah", "Ana Ruiz")) {
            desk.addManually(id, new ManualRegistration(name, "p-" + UUID.randomUUID() + "@dialoog.test", "en",
                    "UTC"), admin());
        }
        return id;
    }

    /** Moves the event a day into the past; two attendees and a host were in its room, a third attendee never came. */
    void ranYesterday(EventId id) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        jdbc.sql("UPDATE event SET starts_at = :start, ends_at = :end WHERE id = :id")
                .param("start", start).param("end", start.plusHours(2)).param("id", id.value()).update();
        participant(id, "ATTENDEE", start, true);
        participant(id, "ATTENDEE", start, true);
        participant(id, "ATTENDEE", start, false);
        participant(id, "HOST", start, true);
    }

    void participant(EventId id, String role, OffsetDateTime at, boolean came) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_participant (event_id, role, display_name, created_at)
                        VALUES (:event, :role, 'P', :at)""")
                .param("event", id.value()).param("role", role).param("at", at).update(keys, "id");
        if (came) {
            jdbc.sql("""
                            INSERT INTO room_visit (event_id, participant_id, joined_at, last_seen_at, left_at)
                            VALUES (:event, :participant, :at, :left, :left)""")
                    .param("event", id.value()).param("participant", keys.getKey().longValue())
                    .param("at", at).param("left", at.plusHours(1)).update();
        }
    }

    org.jsoup.nodes.Document myEvents(String query) throws java.io.IOException {
        String html = mvc.get().uri("/organiser" + query).with(user(admin().email()).roles("ORGANISER"))
                .header("Accept-Language", "en").exchange().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    Element card(String title) throws java.io.IOException {
        return myEvents("").select("li.my-event").stream()
                .filter(li -> li.selectFirst("h2").text().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void showsADraftWithItsPlacesAndWaitingListAndOffersToPublishIt() throws Exception {
        String title = "Draft " + UUID.randomUUID();
        EventId id = seeded(title, false);

        Element card = card(title);

        assertThat(card.select(".my-event-state").text()).isEqualTo("Draft");
        assertThat(card.select(".my-event-figures").text()).contains("Registered 2 / 2 places")
                .contains("Waiting list 1").doesNotContain("Came");
        assertThat(card.select("meter").attr("value")).isEqualTo("2");
        Element next = card.selectFirst(".my-event-next a");
        assertThat(next.text()).isEqualTo("Publish");
        assertThat(next.attr("href")).isEqualTo("/organiser/events/" + id.value() + "#publish");
    }

    @Test
    void offersThePublishedEventsRoom() throws Exception {
        String title = "Published " + UUID.randomUUID();
        EventId id = seeded(title, true);

        Element card = card(title);

        assertThat(card.select(".my-event-state").text()).isEqualTo("Published");
        assertThat(card.select(".my-event-figures").text()).contains("2 / 2 places").contains("Waiting list 1");
        assertThat(card.selectFirst(".my-event-next a").text()).isEqualTo("Open the room");
        assertThat(card.selectFirst(".my-event-next a").attr("href"))
                .isEqualTo("/organiser/events/" + id.value() + "/room");
    }

    @Test
    void showsWhoCameOnceItEndedStaffApartAndOffersToBuildTheReport() throws Exception {
        String title = "Ended " + UUID.randomUUID();
        EventId id = seeded(title, true);
        ranYesterday(id);

        Element card = card(title);

        assertThat(card.select(".my-event-state").text()).isEqualTo("Ended");
        assertThat(card.select(".my-event-figures").text()).contains("Came (staff apart) 2");
        assertThat(card.selectFirst(".my-event-next a").text()).isEqualTo("Build the report");
        assertThat(card.selectFirst(".my-event-next a").attr("href"))
                .isEqualTo("/organiser/events/" + id.value() + "/report");
    }

    @Test
    void saysWhenRegistrationIsNotSetUp() throws Exception {
        String title = "Bare " + UUID.randomUUID();
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusMonths(2).withNano(0);
        catalog.create(new EventDetails("bare-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en"), ZoneOffset.UTC, start, start.plusHours(1), new LocalizedText(Map.of("en", title)),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY), admin());

        assertThat(card(title).select(".my-event-figures").text()).contains("Registration not set up");
    }

    @Test
    void showsTwentyFiveEventsAPageThoseToComeFirstSoonestFirst() throws Exception {
        LocalDateTime soon = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).withNano(0);
        for (int day = 25; day >= 0; day--) {
            bare("In " + (day + 1) + " days", soon.plusDays(day));
        }
        bare("Last year", soon.minusYears(1));

        var first = myEvents("");
        var second = myEvents("?page=2");

        assertThat(first.select("li.my-event h2")).hasSize(25).first().extracting(Element::text)
                .isEqualTo("In 1 days");
        assertThat(first.select("li.my-event h2").last().text()).isEqualTo("In 25 days");
        assertThat(first.select("nav.pager").text()).contains("Events 1 to 25 of 27");
        assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/organiser?page=2");
        assertThat(second.select("li.my-event h2")).extracting(Element::text)
                .containsExactly("In 26 days", "Last year");
        assertThat(second.select("nav.pager [aria-current=page]").text()).isEqualTo("2");
        assertThat(myEvents("?page=x").select("li.my-event h2").first().text()).isEqualTo("In 1 days");
        assertThat(myEvents("?page=99").select("li.my-event h2")).hasSize(2);
    }

    void bare(String title, LocalDateTime start) {
        catalog.create(new EventDetails("page-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en"), ZoneOffset.UTC, start, start.plusHours(1), new LocalizedText(Map.of("en", title)),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY), admin());
    }
}
