package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.event.LocalizedText;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationOutcome;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.shared.FormGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class RegistrationPagesTests {

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
    FormGuard guard;

    EventView event;

    @BeforeEach
    void openEvent() {
        event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(1));
    }

    MockHttpServletRequestBuilder post(String email, String name, String started) {
        String address = "198.51." + (int) (Math.random() * 256) + "." + (int) (Math.random() * 256);
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/events/" + event.slug() + "/register").with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .header("Accept-Language", "fr")
                .param("name", name).param("email", email).param("language", "fr").param("zone", "Africa/Accra")
                .param("consent", "true").param("privacyVersion", "0").param("website", "")
                .param("started", started);
    }

    String fine() {
        return guard.issue(Instant.now().minusSeconds(10));
    }

    @Test
    void showsTheFormInTheVisitorsLanguageWithTheEventsZoneChosen() {
        assertThat(mvc.get().uri("/events/" + event.slug() + "/register").header("Accept-Language", "fr"))
                .hasStatusOk().bodyText()
                .contains("Inscription", "Rôles changeants", "value=\"Europe/Amsterdam\" selected", "data-browser-zone",
                        "tabindex=\"-1\"", "J’accepte");
    }

    @Test
    void asksForAnInviteCodeOnlyWhenTheEventIsInviteOnly() {
        EventView inviteOnly = TestEvents.published(catalog, accounts, admin, new RegistrationOptions(null, null,
                null, false, true, false, LocalizedText.EMPTY, 0, List.of()));

        assertThat(mvc.get().uri("/events/" + event.slug() + "/register")).hasStatusOk().bodyText()
                .doesNotContain("name=\"inviteCode\"");
        assertThat(mvc.get().uri("/events/" + inviteOnly.slug() + "/register")).hasStatusOk().bodyText()
                .contains("name=\"inviteCode\"");
    }

    @Test
    void registersAndSaysWhatHappened() {
        var result = mvc.perform(post(TestEvents.email(), "Awa Diallo", fine()));
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/events/" + event.slug() + "/register/done");

        assertThat(mvc.get().uri("/events/" + event.slug() + "/register/done").header("Accept-Language", "fr")
                .flashAttr("outcome", "CONFIRMED").flashAttr("manageToken", "x"))
                .hasStatusOk().bodyText().contains("Vous êtes inscrit");
    }

    @Test
    void saysBeforehandThatAFullEventPutsPeopleOnTheWaitingList() {
        registrations.register(event, TestEvents.person(TestEvents.email(), 0));

        assertThat(mvc.get().uri("/events/" + event.slug() + "/register").header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("This event is full", "Join the waiting list");
    }

    @Test
    void keepsWhatWasTypedAndExplainsABadAddress() {
        assertThat(mvc.perform(post("not-an-address", "Awa Diallo", fine()))).hasStatusOk().bodyText()
                .contains("value=\"Awa Diallo\"", "error-summary", "email-error");
        assertThat(admin.registrations(event.id(), accounts.firstAdmin().orElseThrow())).isEmpty();
    }

    @Test
    void refusesAFormSentTooFastWithoutSayingWhy() {
        assertThat(mvc.perform(post(TestEvents.email(), "Bot", guard.issue(Instant.now())))).hasStatusOk()
                .bodyText().contains("Veuillez patienter quelques secondes");
        assertThat(mvc.perform(post(TestEvents.email(), "Bot", "123.forged"))).hasStatusOk()
                .bodyText().contains("Veuillez patienter quelques secondes");
        assertThat(admin.registrations(event.id(), accounts.firstAdmin().orElseThrow())).isEmpty();
    }

    @Test
    void refusesAFilledHoneypot() {
        assertThat(mvc.perform(post(TestEvents.email(), "Bot", fine()).param("website", "http://spam")))
                .hasStatusOk().bodyText().contains("Veuillez patienter quelques secondes");
        assertThat(admin.registrations(event.id(), accounts.firstAdmin().orElseThrow())).isEmpty();
    }

    @Test
    void answersAForgedTokenWithNotFound() {
        assertThat(mvc.get().uri("/registrations/forged-token")).hasStatus(404);
        assertThat(mvc.get().uri("/join/" + "A".repeat(43))).hasStatus(404);
        assertThat(mvc.post().uri("/registrations/" + "A".repeat(43) + "/cancel").with(csrf())).hasStatus(404);
    }

    @Test
    void managesAndCancelsThroughThePersonalLink() {
        RegistrationOutcome outcome = registrations.register(event, TestEvents.person(TestEvents.email(), 0));
        String page = "/registrations/" + outcome.manageToken();

        assertThat(mvc.get().uri(page).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Ama Mensah", "Confirmed", "Greenwich Mean Time");
        assertThat(mvc.post().uri(page).with(csrf()).param("language", "nl").param("zone", "Nowhere/Land"))
                .hasStatusOk().bodyText().contains("zone-error");
        assertThat(mvc.post().uri(page).with(csrf()).param("language", "nl").param("zone", "Asia/Jakarta"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(page + "/cancel").with(csrf()).header("Accept-Language", "nl")).hasStatusOk()
                .bodyText().contains("Uw inschrijving is geannuleerd");
        assertThat(mvc.get().uri(page)).hasStatus(404);
    }

    @Test
    void cancellingNeedsTheCsrfToken() {
        RegistrationOutcome outcome = registrations.register(event, TestEvents.person(TestEvents.email(), 0));

        assertThat(mvc.post().uri("/registrations/" + outcome.manageToken() + "/cancel")).hasStatus(403);
    }

    @Test
    void showsOrganisersTheOptionsAndListAndHidesThemFromOthers() {
        String organiser = accounts.firstAdmin().orElseThrow().email();
        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/registration")
                .with(user(organiser).roles("ADMIN"))).hasStatusOk().bodyText().contains("Places");
        assertThat(mvc.post().uri("/organiser/events/" + event.id().value() + "/registration").with(csrf())
                .with(user(organiser).roles("ADMIN")).param("capacity", "many"))
                .hasStatusOk().bodyText().contains("capacity-error");
        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/registrations")
                .with(user(organiser).roles("ADMIN"))).hasStatusOk();
        assertThat(mvc.get().uri("/organiser/events/99999999/registration")
                .with(user(organiser).roles("ADMIN"))).hasStatus(404);
    }
}
