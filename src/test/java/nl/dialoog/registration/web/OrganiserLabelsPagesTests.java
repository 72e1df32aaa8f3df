package nl.dialoog.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.TestEvents;
import nl.dialoog.registration.broadcast.Broadcasts;
import nl.dialoog.registration.broadcast.NewBroadcast;
import nl.dialoog.registration.desk.RegistrationAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Organiser pages name things in words: a language by its name in the reader's language, never its code. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganiserLabelsPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Broadcasts broadcasts;

    @Test
    void namesTheLanguageAMessageWentToInTheReadersLanguage() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        String path = "/organiser/events/" + event.id().value() + "/broadcasts";
        broadcasts.send(event.id(), new NewBroadcast("Programme", "See you soon.", null, "fr"), organiser);

        assertThat(mvc.get().uri(path).with(user(organiser.email()).roles("ADMIN")).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains(" · French").doesNotContain(" · fr<");
        assertThat(mvc.get().uri(path).with(user(organiser.email()).roles("ADMIN")).header("Accept-Language", "nl"))
                .hasStatusOk().bodyText().contains(" · Frans");
    }

    @Test
    void namesTheEventsTimeZoneInWordsBesideItsId() {
        EventView event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(null));
        AccountView organiser = accounts.firstAdmin().orElseThrow();

        assertThat(mvc.get().uri("/organiser/events/" + event.id().value() + "/registration")
                .with(user(organiser.email()).roles("ADMIN")).header("Accept-Language", "en"))
                .hasStatusOk().bodyText()
                .containsPattern("time zone \\(Central European (Standard|Summer) Time, Europe/Amsterdam\\)");
    }
}
