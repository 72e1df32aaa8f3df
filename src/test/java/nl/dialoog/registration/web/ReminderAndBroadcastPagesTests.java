package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.Registrations;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.reminder.Reminders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class ReminderAndBroadcastPagesTests {

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
    Reminders reminders;

    EventView event;
    AccountView organiser;

    @BeforeEach
    void event() {
        event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        organiser = accounts.firstAdmin().orElseThrow();
    }

    RequestPostProcessor organiser() {
        return user(organiser.email()).roles("ADMIN");
    }

    String path(String page) {
        return "/organiser/events/" + event.id().value() + "/" + page;
    }

    @Test
    void showsTheDefaultRemindersAndSavesTheOrganisersHours() {
        assertThat(mvc.get().uri(path("reminders")).with(organiser())).hasStatusOk().bodyText()
                .contains("Reminders", "value=\"24, 1\"", "24 h before the start", "1 h before the start");

        assertThat(mvc.post().uri(path("reminders")).with(csrf()).with(organiser()).param("hours", "48, 0.5"))
                .hasStatus3xxRedirection().hasRedirectedUrl(path("reminders") + "?saved");

        assertThat(reminders.offsets(event.id(), organiser)).containsExactly(48 * 60, 30);
    }

    @Test
    void refusesHoursThatAreNotNumbersWithATranslatedMessageAndKeepsThePlan() {
        assertThat(mvc.post().uri(path("reminders")).with(csrf()).with(organiser()).param("hours", "tomorrow")
                .header("Accept-Language", "nl"))
                .hasStatusOk().bodyText().contains("Geef aantallen uren", "aria-invalid=\"true\"");
        assertThat(mvc.post().uri(path("reminders")).with(csrf()).with(organiser()).param("hours", "1000"))
                .hasStatusOk().bodyText().contains("between 5 minutes and 30 days");

        assertThat(reminders.offsets(event.id(), organiser)).isEqualTo(Reminders.DEFAULTS);
    }

    @Test
    void showsNeitherPageForAnUnknownEventOrWithoutSignIn() {
        assertThat(mvc.get().uri("/organiser/events/99999999/reminders").with(organiser())).hasStatus(404);
        assertThat(mvc.get().uri("/organiser/events/99999999/broadcasts").with(organiser())).hasStatus(404);
        assertThat(mvc.get().uri(path("broadcasts"))).hasStatus3xxRedirection();
    }
}
