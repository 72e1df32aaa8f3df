package nl.dialoog.event;

import static nl.dialoog.event.EventEditorPagesTests.ADMIN;
import static nl.dialoog.event.EventEditorPagesTests.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDateTime;
import nl.dialoog.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The organiser's pages resolve their event once ({@link EditableEvent}) and answer a refused request in one way
 * (shared.DomainErrors): a translated page for a browser, RFC 9457 problem JSON for everyone else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganiserEventErrorsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    long event() {
        return catalog.create(EventCatalogTests.details(EventCatalogTests.uniqueSlug(),
                LocalDateTime.of(2030, 5, 1, 11, 0)), accounts.findByEmail(ADMIN).orElseThrow()).value();
    }

    MvcTestResult publishTo(long event, String visibility, MediaType accept) {
        return mvc.post().uri("/organiser/events/" + event + "/report/publish").with(admin()).with(csrf())
                .header("Accept-Language", "nl").accept(accept).param("visibility", visibility).exchange();
    }

    @Test
    void showsARefusalToABrowserAsTheTranslatedErrorPage() {
        MvcTestResult page = publishTo(event(), "EVERYONE_ON_EARTH", MediaType.TEXT_HTML);

        assertThat(page).hasStatus(400).bodyText().contains("Kies wie het rapport kan lezen.");
    }

    @Test
    void answersARefusalToAnyOtherClientWithProblemJson() {
        MvcTestResult problem = publishTo(event(), "EVERYONE_ON_EARTH", MediaType.APPLICATION_JSON);

        assertThat(problem).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(problem).bodyJson().extractingPath("$.code").isEqualTo("outcome.publish.unknown");
        assertThat(problem).bodyJson().extractingPath("$.detail").isEqualTo("Kies wie het rapport kan lezen.");
        assertThat(problem).bodyJson().extractingPath("$.status").isEqualTo(400);
    }

    @Test
    void findsNoEventTheOrganiserMayNotEditAndRefusesAnIdThatIsNoNumber() {
        assertThat(mvc.get().uri("/organiser/events/" + event() + "/registration").with(admin())).hasStatusOk();
        assertThat(mvc.get().uri("/organiser/events/987654321/registration").with(admin())).hasStatus(404);
        assertThat(mvc.get().uri("/organiser/events/abc/registration").with(admin())).hasStatus(400);
    }
}
