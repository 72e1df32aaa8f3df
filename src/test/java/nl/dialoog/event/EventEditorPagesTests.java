package nl.dialoog.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class EventEditorPagesTests {

    static final String ADMIN = "admin@dialoog.test";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor admin() {
        return user(ADMIN).roles("ADMIN");
    }

    AccountView adminAccount() {
        return accounts.findByEmail(ADMIN).orElseThrow();
    }

    EventId draft() {
        return catalog.create(EventCatalogTests.details(EventCatalogTests.uniqueSlug(),
                LocalDateTime.of(2030, 5, 1, 11, 0)), adminAccount());
    }

    MvcTestResult create(String language, String title, String startDate, String endTime, String zone) {
        return mvc.post().uri("/organiser/events").with(admin()).with(csrf()).header("Accept-Language", language)
                .param("texts[0].title", title).param("defaultLanguage", "en").param("languages", "en", "nl")
                .param("zone", zone).param("startDate", startDate).param("startTime", "11:00")
                .param("endDate", startDate).param("endTime", endTime).param("slug", "").exchange();
    }

    long eventCount() {
        return jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single();
    }

    @Test
    void sendsVisitorsWhoAreNotSignedInToTheSignInPage() {
        assertThat(mvc.get().uri("/organiser")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void createsADraftEventAndOpensTheEditor() {
        String title = "Dialogue " + UUID.randomUUID();

        MvcTestResult result = create("en", title, "2030-11-09", "13:00", "Europe/Amsterdam");

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().matches("/organiser/events/\\d+\\?created");
        assertThat(catalog.workingSet(adminAccount())).anyMatch(e -> e.title().in("en").equals(title));
        assertThat(mvc.get().uri(result.getResponse().getRedirectedUrl()).with(admin())).hasStatusOk().bodyText()
                .contains(title, "Texts — English", "Texts — Nederlands");
    }

    @Test
    void showsTranslatedErrorsNextToTheFieldsKeepsTheInputAndSavesNothing() {
        long before = eventCount();

        MvcTestResult result = create("nl", "Mijn titel", "2030-11-09", "10:00", "Europe/Amsterdam");

        assertThat(result).hasStatusOk().bodyText()
                .contains("Het einde moet na het begin liggen.", "value=\"Mijn titel\"", "aria-invalid=\"true\"");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesMalformedDatesUnknownZonesAndOversizedTitlesWithoutAServerError() {
        long before = eventCount();

        assertThat(create("fr", "Titre", "2030-13-45", "13:00", "Europe/Amsterdam")).hasStatusOk().bodyText()
                .contains("Veuillez saisir une valeur valide.");
        assertThat(create("es", "Título", "2030-11-09", "13:00", "Mars/Olympus_Mons")).hasStatusOk().bodyText()
                .contains("Elija una zona horaria de la lista.");
        assertThat(create("en", "x".repeat(201), "2030-11-09", "13:00", "Europe/Amsterdam")).hasStatusOk()
                .bodyText().contains("Please use at most 200 characters.");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        assertThat(mvc.post().uri("/organiser/events").with(admin()).param("texts[0].title", "X")).hasStatus(403);
    }

    @Test
    void savesTextsPerLanguage() {
        EventId id = draft();

        MvcTestResult result = mvc.post().uri("/organiser/events/" + id.value()).with(admin()).with(csrf())
                .param("slug", catalog.editable(id, adminAccount()).slug()).param("defaultLanguage", "en")
                .param("languages", "en", "nl").param("zone", "Europe/Amsterdam")
                .param("startDate", "2030-05-01").param("startTime", "11:00")
                .param("endDate", "2030-05-01").param("endTime", "13:00")
                .param("texts[0].language", "en").param("texts[0].title", "English title")
                .param("texts[0].purpose", "Why we meet")
                .param("texts[1].language", "nl").param("texts[1].title", "Nederlandse titel").exchange();

        assertThat(result).hasStatus3xxRedirection();
        EventView event = catalog.editable(id, adminAccount());
        assertThat(event.title().values()).containsEntry("en", "English title").containsEntry("nl", "Nederlandse titel");
        assertThat(event.purpose().in("en")).isEqualTo("Why we meet");
    }

    @Test
    void addsAndRemovesHostsSpeakersAndAgendaItems() {
        EventId id = draft();
        String base = "/organiser/events/" + id.value();

        assertThat(mvc.post().uri(base + "/hosts").with(admin()).with(csrf())
                .param("name[en]", "Partos").param("name[nl]", "Partos").param("website", "https://www.partos.nl"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(base + "/speakers").with(admin()).with(csrf())
                .param("name", "Amina Diallo").param("organisation", "CSO Network").param("country", "SN")
                .param("bio[en]", "Works on civic space.")).hasStatus3xxRedirection();
        long speaker = catalog.editable(id, adminAccount()).speakers().getFirst().id();
        assertThat(mvc.post().uri(base + "/agenda").with(admin()).with(csrf())
                .param("day", "2030-05-01").param("from", "11:15").param("until", "12:00")
                .param("title[en]", "Panel").param("speakerIds", String.valueOf(speaker))).hasStatus3xxRedirection();

        EventView event = catalog.editable(id, adminAccount());
        assertThat(event.hosts()).hasSize(1);
        assertThat(event.agenda()).singleElement().satisfies(a -> assertThat(a.speakerIds()).containsExactly(speaker));

        assertThat(mvc.post().uri(base + "/hosts/" + event.hosts().getFirst().id() + "/delete").with(admin())
                .with(csrf())).hasStatus3xxRedirection();
        assertThat(catalog.editable(id, adminAccount()).hosts()).isEmpty();
    }

    @Test
    void setsTheContactPeopleWhoAnswerQuestions() {
        EventId id = draft();

        assertThat(mvc.post().uri("/organiser/events/" + id.value() + "/contacts").with(admin()).with(csrf())
                .param("addresses", "iob@example.org\npartos@example.org")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/organiser/events/" + id.value() + "/contacts").with(admin()).with(csrf())
                .header("Accept-Language", "nl").param("addresses", "iob@example.org\nkapot"))
                .hasStatusOk().bodyText().contains("Vul geldige e-mailadressen in");

        assertThat(catalog.contactAddresses(id)).containsExactly("iob@example.org", "partos@example.org");
    }

    @Test
    void showsPartErrorsInTheEditorAndSavesNothing() {
        EventId id = draft();

        assertThat(mvc.post().uri("/organiser/events/" + id.value() + "/hosts").with(admin()).with(csrf())
                .header("Accept-Language", "en").param("name[en]", "Acme").param("website", "ftp://example.org"))
                .hasStatusOk().bodyText().contains("Enter a full web address starting with https://");
        assertThat(mvc.post().uri("/organiser/events/" + id.value() + "/agenda").with(admin()).with(csrf())
                .header("Accept-Language", "en").param("day", "2030-05-01").param("from", "12:00")
                .param("until", "11:00").param("title[en]", "Backwards")).hasStatusOk().bodyText()
                .contains("The end must be after the start.");
        EventView event = catalog.editable(id, adminAccount());
        assertThat(event.hosts()).isEmpty();
        assertThat(event.agenda()).isEmpty();
    }

    @Test
    void publishesPreviewsAndUnpublishes() {
        EventId id = draft();
        String slug = catalog.editable(id, adminAccount()).slug();

        assertThat(mvc.get().uri("/organiser/events/" + id.value() + "/preview").with(admin())
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Preview: this is how the page will look once it is published.");
        assertThat(mvc.post().uri("/organiser/events/" + id.value() + "/publish").with(admin()).with(csrf())
                .param("anyway", "true")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/events/" + slug)).hasStatusOk();
        assertThat(mvc.get().uri("/organiser/events/" + id.value() + "/preview").with(admin())
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Preview: this is the page as visitors see it now").doesNotContain("once it is published");
        assertThat(mvc.post().uri("/organiser/events/" + id.value() + "/unpublish").with(admin()).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/events/" + slug)).hasStatus(404);
    }

    @Test
    void anOrganiserOfAnotherOrganisationCannotSeeOrChangeTheEvent() {
        EventId id = draft();
        String stranger = organiserInANewOrganisation();

        assertThat(mvc.get().uri("/organiser/events/" + id.value()).with(user(stranger).roles("ORGANISER")))
                .hasStatus(404);
        assertThat(mvc.post().uri("/organiser/events/" + id.value() + "/publish").with(user(stranger)
                .roles("ORGANISER")).with(csrf())).hasStatus(404);
        assertThat(mvc.get().uri("/organiser").with(user(stranger).roles("ORGANISER"))).hasStatusOk().bodyText()
                .doesNotContain("/organiser/events/" + id.value() + "\"");
        assertThat(catalog.editable(id, adminAccount()).isPublished()).isFalse();
    }

    @Test
    void answersMalformedAddressesWithBadRequest() {
        assertThat(mvc.get().uri("/organiser/events/not-a-number").with(admin())).hasStatus(400);
    }

    private String organiserInANewOrganisation() {
        String email = "stranger-" + UUID.randomUUID() + "@example.org";
        OffsetDateTime now = OffsetDateTime.now();
        long organisation = jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Elsewhere', :now)")
                .param("now", now).update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id") * 0
                + jdbc.sql("SELECT MAX(id) FROM organisation").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO account (organisation_id, email, display_name, password_hash, role, enabled, created_at)
                        VALUES (:org, :email, 'Stranger', '{noop}x', 'ORGANISER', TRUE, :now)""")
                .param("org", organisation).param("email", email).param("now", now).update();
        return email;
    }
}
