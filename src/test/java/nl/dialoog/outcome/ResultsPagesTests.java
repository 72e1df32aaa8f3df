package nl.dialoog.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The organisers' report page and the public results page, through the web layer. */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Outcomes outcomes;

    @Test
    void anOrganiserBuildsThenPublishesAndTheEventPageLinksToTheResults() {
        EventView event = fixture.openEvent();
        AccountView admin = fixture.organiser();
        String page = "/organiser/events/" + event.id().value() + "/report";

        assertThat(mvc.get().uri(page).with(user(admin.email()).roles("ADMIN"))).hasStatusOk().bodyText()
                .contains("Build the report");
        assertThat(mvc.post().uri(page + "/build").with(user(admin.email()).roles("ADMIN")).with(csrf()))
                .hasStatus3xxRedirection();
        awaitBuilt(event, admin);
        assertThat(mvc.get().uri(page).with(user(admin.email()).roles("ADMIN"))).hasStatusOk().bodyText()
                .contains("Build again").contains("Only the organisers of this event can read this report.");
        assertThat(mvc.get().uri("/events/" + event.slug() + "/results")).hasStatus(404);

        assertThat(mvc.post().uri(page + "/publish").param("visibility", "PUBLIC")
                .with(user(admin.email()).roles("ADMIN")).with(csrf())).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/events/" + event.slug() + "/results")).hasStatusOk().bodyText()
                .contains("Results");
        assertThat(mvc.get().uri("/events/" + event.slug())).hasStatusOk().bodyText()
                .contains("Results of this dialogue");
    }

    @Test
    void anUnknownChoiceIsRefusedWithATranslatedPageAndChangesNothing() {
        EventView event = fixture.openEvent();
        AccountView admin = fixture.organiser();
        String page = "/organiser/events/" + event.id().value() + "/report";
        outcomes.startBuild(event.id(), admin);
        awaitBuilt(event, admin);

        assertThat(mvc.post().uri(page + "/publish").param("visibility", "EVERYWHERE")
                .with(user(admin.email()).roles("ADMIN")).with(csrf())).hasStatus(400);
        assertThat(mvc.post().uri(page + "/edit").param("parts", "NOTHING")
                .with(user(admin.email()).roles("ADMIN")).with(csrf())).hasStatus(400);

        ReportState state = outcomes.state(event.id(), admin);
        assertThat(state.visibility()).isEqualTo(ReportVisibility.ORGANISERS);
        assertThat(state.parts()).isEqualTo(ReportPart.all());
        assertThat(mvc.get().uri(page + "/nothing.csv").with(user(admin.email()).roles("ADMIN"))).hasStatus(404);
    }

    @Test
    void anotherOrganisationsReportIsNotShown() {
        EventView event = fixture.openEvent();

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/report")
                .with(user("someone@elsewhere.test").roles("ORGANISER"))).hasStatus4xxClientError();
    }

    private void awaitBuilt(EventView event, AccountView admin) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (outcomes.state(event.id(), admin).build() != ReportState.BuildState.READY) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not built in 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
