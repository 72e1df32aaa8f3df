package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.Csv;
import nl.dialoog.registration.NewRegistration;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.RegistrationView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class OrganiserToolsPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    EventView event;

    AccountView organiser;

    String base;

    long country;

    @BeforeEach
    void openEvent() {
        organiser = accounts.firstAdmin().orElseThrow();
        event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(1));
        country = admin.addQuestion(event.id(), QuestionKind.COUNTRY, false,
                new LocalizedText(java.util.Map.of("en", "Country")), List.of(), organiser);
        base = "/organiser/events/" + event.id().value() + "/registrations";
    }

    RegistrationOutcome register(String name, String countryCode) {
        return registrations.register(event, new NewRegistration(name, TestEvents.email(), "en", "Africa/Accra",
                java.util.Map.of(country, List.of(countryCode)), true, 0, null));
    }

    RequestPostProcessor organiser() {
        return user(organiser.email()).roles("ADMIN");
    }

    @Test
    void searchesAndFiltersWithAPlainGetFormAndShowsTheCounts() {
        register("Wanjiru Kamau", "KE");
        register("Oumar Sy", "SN");

        assertThat(mvc.get().uri(base).with(organiser()).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Wanjiru Kamau", "Oumar Sy", "<h3>Country</h3>", "Kenya: 1", "Senegal: 1", "Confirmed: 1",
                        "On the waiting list: 1", "method=\"get\"", "Give a place");
        assertThat(mvc.get().uri(base + "?q=WANJIRU&status=&a" + country + "=KE&language=").with(organiser())
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Wanjiru Kamau", "1 of 2 registrations match").doesNotContain("Oumar Sy");
        assertThat(mvc.get().uri(base + "?status=BOGUS&page=x").with(organiser())).hasStatusOk();
    }

    @Test
    void addsAPersonByHandAndExplainsABadAddress() {
        assertThat(mvc.post().uri(base + "/add").with(organiser()).with(csrf()).header("Accept-Language", "en")
                .param("name", "Kofi").param("email", "not-an-address").param("language", "en")
                .param("zone", "Africa/Accra"))
                .hasStatusOk().bodyText().contains("email-error", "value=\"Kofi\"");
        String address = TestEvents.email();
        assertThat(mvc.post().uri(base + "/add").with(organiser()).with(csrf()).param("name", "Kofi Boateng")
                .param("email", address).param("language", "fr").param("zone", "Africa/Accra"))
                .hasStatus3xxRedirection().hasRedirectedUrl(base + "?added=CONFIRMED");

        assertThat(admin.registrations(event.id(), organiser)).extracting(RegistrationView::email)
                .containsExactly(address);
    }

    @Test
    void exportsACsvThatSpreadsheetsOpenAsUtf8() throws Exception {
        register("Zoë Ñúñez, \"la jefa\"", "CI");

        var result = mvc.get().uri(base + ".csv").with(organiser()).exchange();

        assertThat(result).hasStatusOk().hasHeader("Content-Disposition",
                "attachment; filename=\"registrations-" + event.id().value() + ".csv\"");
        assertThat(result.getResponse().getContentType()).startsWith("text/csv").contains("UTF-8");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body[0] & 0xFF).isEqualTo(0xEF);
        List<List<String>> rows = Csv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(1).get(1)).isEqualTo("Zoë Ñúñez, \"la jefa\"");
        assertThat(rows.get(1).getLast()).isEqualTo("Côte d’Ivoire");
    }

    @Test
    void showsTheAuditTrailAsSentencesWithTheZoneNameAndLinksToThePerson() {
        register("Wanjiru Kamau", "KE");

        assertThat(mvc.get().uri(base + "/audit").with(organiser()).header("Accept-Language", "en")).hasStatusOk()
                .bodyText().contains("Coordinated Universal Time", ">Wanjiru Kamau</a> registered; confirmed",
                        "href=\"" + base + "?q=", "changed the registration settings: places")
                .doesNotContain(">registration.created<", ">registration.options.saved<", "capacity=");
        assertThat(mvc.get().uri(base + "/audit").with(organiser()).header("Accept-Language", "nl")).hasStatusOk()
                .bodyText().contains("</a> heeft zich aangemeld; bevestigd");
    }

    @Test
    void hidesTheListExportTrailAndAddFromAnotherOrganisation() {
        RequestPostProcessor stranger = user(organiserInANewOrganisation()).roles("ORGANISER");

        assertThat(mvc.get().uri(base).with(stranger)).hasStatus(404);
        assertThat(mvc.get().uri(base + ".csv").with(stranger)).hasStatus(404);
        assertThat(mvc.get().uri(base + "/audit").with(stranger)).hasStatus(404);
        assertThat(mvc.post().uri(base + "/add").with(stranger).with(csrf()).param("name", "X")
                .param("email", TestEvents.email()).param("language", "en").param("zone", "UTC")).hasStatus(404);
        assertThat(admin.registrations(event.id(), organiser)).isEmpty();
    }

    @Test
    void downloadsTheParticipantsDataAsJsonFromTheManageLink() throws Exception {
        RegistrationOutcome outcome = register("Wanjiru Kamau", "KE");
        String page = "/registrations/" + outcome.manageToken();

        assertThat(mvc.get().uri(page).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Download my data", page + "/data.json", page + "/erase");
        var result = mvc.get().uri(page + "/data.json").exchange();

        assertThat(result).hasStatusOk().hasHeader("Cache-Control", "no-store");
        JsonNode data = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(data.path("registration").path("name").asString()).isEqualTo("Wanjiru Kamau");
        assertThat(data.path("answers").get(0).path("question").asString()).isEqualTo("Country");
        assertThat(data.path("answers").get(0).path("answer").asString()).isEqualTo("Kenya");
        assertThat(data.path("consent").path("version").asInt()).isZero();
        assertThat(data.path("mails").get(0).path("subject").asString()).startsWith("You are registered");
        assertThat(data.path("audit").get(0).path("action").asString()).isEqualTo("registration.created");
    }

    @Test
    void erasesAfterAConfirmationStepAndOnlyWithTheCsrfToken() {
        RegistrationOutcome mine = register("Wanjiru Kamau", "KE");
        RegistrationOutcome waiting = register("Oumar Sy", "SN");
        String page = "/registrations/" + mine.manageToken();

        assertThat(mvc.get().uri(page + "/erase").header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Erase your registration?", "_csrf");
        assertThat(mvc.post().uri(page + "/erase")).hasStatus(403);
        assertThat(mvc.post().uri("/registrations/" + "A".repeat(43) + "/erase").with(csrf())).hasStatus(404);
        assertThat(registrations.find(mine.id())).isPresent();

        assertThat(mvc.post().uri(page + "/erase").with(csrf()).header("Accept-Language", "en")).hasStatusOk()
                .bodyText().contains("Your registration is erased");

        assertThat(registrations.find(mine.id())).isEmpty();
        assertThat(registrations.find(waiting.id()).orElseThrow().status().name()).isEqualTo("CONFIRMED");
        assertThat(mvc.get().uri(page)).hasStatus(404);
        assertThat(mvc.get().uri(page + "/data.json")).hasStatus(404);
    }

    private String organiserInANewOrganisation() {
        String email = "stranger-" + UUID.randomUUID() + "@example.org";
        OffsetDateTime now = OffsetDateTime.now();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Elsewhere', :now)").param("now", now)
                .update(keys, "id");
        jdbc.sql("""
                        INSERT INTO account (organisation_id, email, display_name, password_hash, role, enabled, created_at)
                        VALUES (:org, :email, 'Stranger', '{noop}x', 'ORGANISER', TRUE, :now)""")
                .param("org", keys.getKeyAs(Long.class)).param("email", email).param("now", now).update();
        return email;
    }
}
