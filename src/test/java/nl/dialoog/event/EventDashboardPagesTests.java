package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An event's dashboard after a seeded session ({@link DashboardSeed}): registrations over time and by status,
 * country, region and organisation type with small cells hidden, mails sent and failed, attendance with its rate
 * and peak and the staff apart, every chart with its numbers as a table, and a link to every tool.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventDashboardPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin registrationAdmin;

    @Autowired
    JdbcClient jdbc;

    AccountView admin() {
        return accounts.findByEmail(EventEditorPagesTests.ADMIN).orElseThrow();
    }

    EventId seeded() {
        return new DashboardSeed(catalog, registrationAdmin, jdbc).session("Dashboard " + UUID.randomUUID(),
                admin());
    }

    Document page(String path, String language) throws Exception {
        var result = mvc.get().uri(path).with(user(EventEditorPagesTests.ADMIN).roles("ADMIN"))
                .header("Accept-Language", language).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static String figure(Document page, String label) {
        return page.select(".event-figures > div").stream()
                .filter(div -> div.selectFirst("dt").text().equals(label)).findFirst()
                .map(div -> div.selectFirst("dd").text().replace('\u202f', ' ')).orElseThrow(() -> new AssertionError("no " + label));
    }

    static Element chart(Document page, String title) {
        return page.select("figure.event-chart").stream()
                .filter(f -> f.selectFirst("figcaption strong").text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + title));
    }

    static String row(Element chart, String label) {
        return chart.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(label))
                .findFirst().map(tr -> tr.selectFirst("td").text())
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    @Test
    void showsRegistrationsByCountryWithTheSmallCellHiddenAndTheTotalShown() throws Exception {
        EventId id = seeded();

        Document page = page("/organiser/events/" + id.value() + "/dashboard", "en");

        Element country = chart(page, "By country");
        assertThat(row(country, "Netherlands")).isEqualTo("7");
        assertThat(row(country, "Ghana")).isEqualTo("fewer than 5");
        // with the total shown, one hidden cell would give itself away: the next smallest is hidden too
        assertThat(row(country, "Kenya")).isEqualTo("fewer than 5");
        assertThat(country.select("tfoot td").text()).isEqualTo("14");
        assertThat(country.select("figcaption").text()).contains("Groups of fewer than 5 people are hidden");
        assertThat(country.select("svg title").text()).isEqualTo("By country");
        assertThat(country.select("svg desc").text()).contains("Netherlands: 7").contains("Ghana: fewer than 5")
                .doesNotContain("Ghana: 2");
        assertThat(country.outerHtml()).doesNotContain(">2<");

        Element region = chart(page, "By world region (UN M49)");
        assertThat(row(region, "Africa")).isEqualTo("7");
        assertThat(row(region, "Europe")).isEqualTo("7");
        Element type = chart(page, "By type of organisation");
        assertThat(row(type, "Non-governmental organisation")).isEqualTo("9");
        assertThat(row(type, "Government")).isEqualTo("5");
    }

    @Test
    void showsPlacesStatusesAndRegistrationsOverTime() throws Exception {
        EventId id = seeded();

        Document page = page("/organiser/events/" + id.value() + "/dashboard", "en");

        assertThat(figure(page, "Places taken")).isEqualTo("13 of 100");
        assertThat(figure(page, "Waiting list")).isEqualTo("1");
        Element status = chart(page, "By status");
        assertThat(row(status, "Confirmed")).isEqualTo("13");
        assertThat(row(status, "Cancelled")).isEqualTo("1");
        Element overTime = chart(page, "Registrations received over time");
        assertThat(overTime.select("svg polygon")).hasSize(1);
        assertThat(overTime.select("tfoot td").text()).isEqualTo("15");
        assertThat(overTime.select("svg").attr("role")).isEqualTo("img");
    }

    @Test
    void showsMailsSentAndFailedWithTheFailedOnesToActOn() throws Exception {
        EventId id = seeded();

        Document page = page("/organiser/events/" + id.value() + "/dashboard", "en");

        assertThat(figure(page, "Mails sent")).isEqualTo("3");
        assertThat(figure(page, "Mails failed")).isEqualTo("2");
        Element failed = page.select(".event-figures > div.alert").first();
        assertThat(failed.selectFirst("dt").text()).isEqualTo("Mails failed");
        assertThat(failed.selectFirst("a").attr("href"))
                .isEqualTo("/organiser/events/" + id.value() + "/mail?status=FAILED");
    }

    @Test
    void countsAttendanceWithoutTheStaffAndGivesRateAndPeak() throws Exception {
        EventId id = seeded();

        Document page = page("/organiser/events/" + id.value() + "/dashboard", "en");

        assertThat(figure(page, "Came (staff apart)")).isEqualTo("3 of 13 with a place (23%)");
        // three attendees at once from 11:20 Amsterdam time; the second tab of one of them counts once
        assertThat(figure(page, "Peak audience")).isEqualTo("3 at 11:20 AM");
        assertThat(figure(page, "Staff: hosts, moderators, panelists")).isEqualTo("2");
        Element overTime = chart(page, "Attendees in the room over time");
        assertThat(overTime.select("svg polyline")).hasSize(1);
        assertThat(overTime.select("tbody td").eachText()).contains("3").doesNotContain("4", "5");
    }

    @Test
    void linksToEveryToolOfTheEvent() throws Exception {
        EventId id = seeded();
        String base = "/organiser/events/" + id.value();

        Document page = page(base + "/dashboard", "en");

        assertThat(page.select("nav.event-tools a").eachAttr("href")).contains(base, base + "/preview",
                base + "/registrations", base + "/registration", base + "/reminders", base + "/broadcasts",
                base + "/mail", base + "/registrations.csv", base + "/registrations/audit", base + "/room",
                base + "/attendance", base + "/report", base + "/messages");
        // My events comes in pages, soonest first: look for this event's row on each until it shows
        String myEventsLink = "";
        for (int number = 1; number <= 100 && myEventsLink.isEmpty(); number++) {
            myEventsLink = page("/organiser?page=" + number, "en").select("a[href=" + base + "/dashboard]").text();
        }
        assertThat(myEventsLink).isEqualTo("Dashboard");
        assertThat(page(base, "en").select("nav.subnav a[href=" + base + "/dashboard]")).hasSize(1);
    }

    @Test
    void speaksTheReadersLanguage() throws Exception {
        EventId id = seeded();

        Document page = page("/organiser/events/" + id.value() + "/dashboard", "fr");

        assertThat(page.select("h1").text()).startsWith("Tableau de bord");
        assertThat(row(chart(page, "Par pays"), "Pays-Bas")).isEqualTo("7");
        assertThat(figure(page, "Courriels en échec")).isEqualTo("2");
    }

    @Test
    void showsNoAttendanceBeforeTheEventAndNoBreakdownsWithoutQuestions() throws Exception {
        DashboardSeed seed = new DashboardSeed(catalog, registrationAdmin, jdbc);
        EventId id = seed.event("Upcoming " + UUID.randomUUID(), admin());
        jdbc.sql("UPDATE event SET starts_at = :start, ends_at = :end WHERE id = :id")
                .param("start", OffsetDateTime.now().plusDays(5)).param("end", OffsetDateTime.now().plusDays(6))
                .param("id", id.value()).update();

        Document page = page("/organiser/events/" + id.value() + "/dashboard", "en");

        assertThat(page.select("#panel-attendance")).isEmpty();
        assertThat(page.select("figcaption strong").eachText()).doesNotContain("By country");
        assertThat(figure(page, "Places taken")).isEqualTo("0 of 100");
        assertThat(page.select("nav.event-tools a").eachText()).contains("Live room and stage");
    }

    @Test
    void anOrganiserOfAnotherOrganisationGetsATranslatedNotFound() throws Exception {
        EventId id = seeded();
        String stranger = EventDashboardPagesTests.strangerIn(jdbc);

        var result = mvc.get().uri("/organiser/events/" + id.value() + "/dashboard")
                .with(user(stranger).roles("ORGANISER")).header("Accept-Language", "nl").exchange();

        assertThat(result).hasStatus(404);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Dashboard ").doesNotContain("Mails failed");
        assertThat(mvc.get().uri("/organiser/events/" + id.value() + "/attendance")
                .with(user(stranger).roles("ORGANISER"))).hasStatus(404);
    }

    @Test
    void theAttendancePageCountsStaffApartAndGivesRateAndPeak() throws Exception {
        EventId id = seeded();

        Document page = page("/organiser/events/" + id.value() + "/attendance", "en");

        String summary = page.select(".attendance-summary").text().replace('\u202f', ' ');
        assertThat(summary).contains("3 attendees came; 0 in the room now; 120 minutes present in total.")
                .contains("3 of the 13 people with a place came (23%).")
                .contains("Peak audience: 3 at once, at")
                .contains("Hosts, moderators and panelists are counted apart: 2.");
    }

    static String strangerIn(JdbcClient jdbc) {
        return organiserOfANewOrganisation(jdbc, "Elsewhere", "x");
    }

    /** An organiser of an organisation of their own (so their lists hold only what a test gives them); the email. */
    static String organiserOfANewOrganisation(JdbcClient jdbc, String organisationName, String password) {
        String email = "stranger-" + UUID.randomUUID() + "@example.org";
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:name, :now)").param("name", organisationName)
                .param("now", now).update();
        long organisation = jdbc.sql("SELECT MAX(id) FROM organisation").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO account (organisation_id, email, display_name, password_hash, role, enabled,
                            created_at)
                        VALUES (:org, :email, 'Stranger', :password, 'ORGANISER', TRUE, :now)""")
                .param("org", organisation).param("email", email).param("password", "{noop}" + password)
                .param("now", now).update();
        return email;
    }
}
