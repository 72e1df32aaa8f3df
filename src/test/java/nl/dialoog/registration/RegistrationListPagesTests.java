package nl.dialoog.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organiser's registrations list: answers, filters, pages, actions on one person and on a selection. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationListPagesTests {

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
    MailQueue mail;

    @Autowired
    Audit audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    nl.dialoog.registration.internal.AnswerIndexBackfill backfill;

    EventView event;

    Tools tools;

    String base;

    @BeforeEach
    void openEvent() {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        event = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(2));
        tools = Tools.withQuestions(event, admin, registrations, organiser);
        base = "/organiser/events/" + event.id().value() + "/registrations";
    }

    RegistrationId register(String name, String country, String type, String organisation) {
        return registrations.register(event, tools.person(name, TestEvents.email(), "en", country, type,
                organisation)).id();
    }

    RequestPostProcessor organiser() {
        return user(accounts.firstAdmin().orElseThrow().email()).roles("ADMIN");
    }

    RegistrationStatus status(RegistrationId id) {
        return registrations.find(id).orElseThrow().status();
    }

    List<String> actions(RegistrationId id) {
        return audit.forSubject("registration:" + id.value()).stream().map(Audit.Entry::action).toList();
    }

    @Test
    void showsTheAnswersAsColumnsAndTheTimesInANamedZone() {
        register("Wanjiru Kamau", "KE", "ngo", "Kenya Evaluation Network");

        assertThat(mvc.get().uri(base).with(organiser()).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Kenya Evaluation Network", "Non-governmental organisation", "Kenya",
                        "Organisation, &quot;name&quot;", "Registered (Central European Standard Time)");
        assertThat(mvc.get().uri(base + "?zone=Africa/Nairobi").with(organiser()).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Registered (East Africa Time)");
    }

    @Test
    void filtersByAnAnswerByStatusAndBySearchingTheOrganisationInTheAddress() {
        register("Wanjiru Kamau", "KE", "ngo", "Kenya Evaluation Network");
        register("Oumar Sy", "SN", "government", "Ministère du Plan");
        register("Amina Otieno", "KE", "academic", "University of Nairobi");

        assertThat(mvc.get().uri(base + "?a" + tools.country() + "=KE").with(organiser())
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Wanjiru Kamau", "Amina Otieno", "2 of 3 registrations match").doesNotContain("Oumar Sy");
        assertThat(mvc.get().uri(base + "?status=WAITLISTED").with(organiser()).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Amina Otieno").doesNotContain("Wanjiru Kamau", "Oumar Sy");
        assertThat(mvc.get().uri(base + "?q=ministère").with(organiser()).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Oumar Sy", "1 of 3").doesNotContain("Wanjiru Kamau");
        assertThat(mvc.get().uri(base + "?q=100%25_off&a" + tools.country() + "=ZZ&a999=x&status=NO&page=-1")
                .with(organiser()).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("No registration matches these filters.");
    }

    @Test
    void findsRegistrationsWrittenBeforeTheAnswerIndexOnceItIsFilled() {
        RegistrationId id = register("Wanjiru Kamau", "KE", "ngo", "Kenya Evaluation Network");
        jdbc.sql("DELETE FROM registration_answer WHERE registration_id = :id").param("id", id.value()).update();
        String filtered = base + "?a" + tools.country() + "=KE&q=evaluation";
        assertThat(mvc.get().uri(filtered).with(organiser()).header("Accept-Language", "en")).bodyText()
                .doesNotContain("Wanjiru Kamau");

        assertThat(backfill.run()).isPositive();

        assertThat(mvc.get().uri(filtered).with(organiser()).header("Accept-Language", "en")).bodyText()
                .contains("Wanjiru Kamau");
    }

    @Test
    void pagesThroughFiftyAtATimeWithNumberedLinksThatKeepTheFilters() {
        for (int i = 0; i < 53; i++) {
            register("Person " + (100 + i), "GH", "ngo", "Org");
        }

        assertThat(mvc.get().uri(base + "?a" + tools.country() + "=GH").with(organiser())
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Person 100", "Person 149", "Showing 1 to 50 of 53", "aria-current=\"page\"",
                        "?a" + tools.country() + "=GH&amp;page=2")
                .doesNotContain("Person 150");
        assertThat(mvc.get().uri(base + "?a" + tools.country() + "=GH&page=2").with(organiser())
                .header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("Person 150", "Person 152", "Showing 51 to 53 of 53").doesNotContain("Person 149<");
        assertThat(mvc.get().uri(base + "?page=99").with(organiser()).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Showing 51 to 53 of 53");
    }

    @Test
    void resendsCancelsWaitlistsAndGivesAPlaceFromARow() {
        RegistrationId first = register("Wanjiru Kamau", "KE", "ngo", "A");
        RegistrationId second = register("Oumar Sy", "SN", "ngo", "B");
        RegistrationId third = register("Amina Otieno", "KE", "ngo", "C");
        int mails = mail.about("registration:" + first.value()).size();

        assertThat(mvc.post().uri(base + "/" + first.value() + "/act").with(organiser()).with(csrf())
                .param("action", "resend").param("back", "status=CONFIRMED"))
                .hasRedirectedUrl(base + "?status=CONFIRMED&done=resend");
        assertThat(mail.about("registration:" + first.value())).hasSize(mails + 1);

        assertThat(mvc.post().uri(base + "/" + first.value() + "/act").with(organiser()).with(csrf())
                .param("action", "waitlist")).hasRedirectedUrl(base + "?done=waitlist");
        assertThat(status(first)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(status(third)).as("the first in line got the freed place").isEqualTo(RegistrationStatus.CONFIRMED);

        assertThat(mvc.post().uri(base + "/" + second.value() + "/cancel").with(organiser()).with(csrf()))
                .hasRedirectedUrl(base + "?done=cancel");
        assertThat(status(second)).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(status(first)).as("promoted into the cancelled place").isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(actions(second)).contains("registration.cancelledByOrganiser");
        assertThat(actions(first)).contains("registration.mailResent", "registration.waitlistedByOrganiser");
    }

    @Test
    void givesAPlaceOnlyWhenOneIsFreeAndRefusesWhatDoesNotApply() {
        register("Wanjiru Kamau", "KE", "ngo", "A");
        RegistrationId second = register("Oumar Sy", "SN", "ngo", "B");
        RegistrationId waiting = register("Amina Otieno", "KE", "ngo", "C");

        assertThat(mvc.post().uri(base + "/" + waiting.value() + "/act").with(organiser()).with(csrf())
                .param("action", "promote")).hasRedirectedUrl(base + "?full");
        assertThat(mvc.post().uri(base + "/" + second.value() + "/act").with(organiser()).with(csrf())
                .param("action", "promote").header("Accept-Language", "en")).hasStatus(400).bodyText()
                .contains("cannot be done to this registration");
        assertThat(mvc.post().uri(base + "/" + second.value() + "/act").with(organiser()).with(csrf())
                .param("action", "explode")).hasStatus(404);
        assertThat(status(waiting)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(status(second)).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void refusesActionsOnSomeoneOfAnotherEventAndChangesNothing() {
        RegistrationId mine = register("Wanjiru Kamau", "KE", "ngo", "A");
        EventView other = TestEvents.published(catalog, accounts, admin, TestEvents.capacity(10));
        String otherBase = "/organiser/events/" + other.id().value() + "/registrations";

        assertThat(mvc.post().uri(otherBase + "/" + mine.value() + "/cancel").with(organiser()).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get().uri(otherBase + "/" + mine.value()).with(organiser())).hasStatus(404);
        assertThat(mvc.post().uri(otherBase + "/" + mine.value() + "/edit").with(organiser()).with(csrf())
                .param("name", "X").param("language", "en").param("zone", "UTC")).hasStatus(404);
        assertThat(mvc.post().uri(otherBase + "/bulk/confirm").with(organiser()).with(csrf())
                .param("action", "cancel").param("id", String.valueOf(mine.value()))).hasStatus(404);
        assertThat(mvc.get().uri(base + "/99999999").with(organiser())).hasStatus(404);
        assertThat(status(mine)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.find(mine).orElseThrow().name()).isEqualTo("Wanjiru Kamau");
    }

    @Test
    void showsAPersonsMailsAndAuditEntriesAndCorrectsTheirDetails() {
        RegistrationId id = register("Wanjiru Kamau", "KE", "ngo", "Kenya Evaluation Network");

        assertThat(mvc.get().uri(base + "/" + id.value()).with(organiser()).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Wanjiru Kamau", "Kenya Evaluation Network",
                        "You are registered", "/organiser/events/" + event.id().value() + "/mail/",
                        "Wanjiru Kamau</a> registered; confirmed", "Central European Standard Time",
                        "action=\"/organiser/events/" + event.id().value() + "/registrations/bulk\"");
        assertThat(mvc.post().uri(base + "/" + id.value() + "/edit").with(organiser()).with(csrf())
                .param("name", "Wanjiru W. Kamau").param("language", "fr").param("zone", "Africa/Accra"))
                .hasRedirectedUrl(base + "/" + id.value() + "?edited");
        RegistrationView edited = registrations.find(id).orElseThrow();
        assertThat(edited.name()).isEqualTo("Wanjiru W. Kamau");
        assertThat(edited.language()).isEqualTo("fr");
        assertThat(edited.zone().getId()).isEqualTo("Africa/Accra");
        assertThat(audit.forSubject("registration:" + id.value())).anyMatch(entry ->
                entry.action().equals("registration.editedByOrganiser")
                        && entry.detail().equals("name=Wanjiru W. Kamau, language=fr, zone=Africa/Accra"));

        assertThat(mvc.post().uri(base + "/" + id.value() + "/edit").with(organiser()).with(csrf())
                .param("name", " ").param("language", "xx").param("zone", "Mars/Base")
                .header("Accept-Language", "en")).hasStatusOk().bodyText().contains("error-summary");
        assertThat(registrations.find(id).orElseThrow().name()).isEqualTo("Wanjiru W. Kamau");
    }

    @Test
    void asksBeforeABulkActionNamingTheNumberOfPeopleThenAuditsEachPerson() {
        RegistrationId first = register("Wanjiru Kamau", "KE", "ngo", "A");
        RegistrationId second = register("Oumar Sy", "SN", "ngo", "B");
        RegistrationId waiting = register("Amina Otieno", "KE", "ngo", "C");

        assertThat(mvc.post().uri(base + "/bulk").with(organiser()).with(csrf()).header("Accept-Language", "en")
                .param("action", "cancel").param("back", "q=a").param("id", String.valueOf(first.value()),
                        String.valueOf(second.value()))).hasStatusOk().bodyText()
                .contains("Cancel the registration for 2 people?", "Yes: Cancel the registration for 2 people");
        assertThat(status(first)).as("asking changes nothing").isEqualTo(RegistrationStatus.CONFIRMED);

        assertThat(mvc.post().uri(base + "/bulk/confirm").with(organiser()).with(csrf())
                .param("action", "cancel").param("back", "q=a").param("id", String.valueOf(first.value()),
                        String.valueOf(second.value())))
                .hasRedirectedUrl(base + "?q=a&bulk=cancel&changed=2&skipped=0");
        assertThat(status(first)).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(status(second)).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(status(waiting)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(actions(first)).containsOnlyOnce("registration.cancelledByOrganiser");
        assertThat(actions(second)).containsOnlyOnce("registration.cancelledByOrganiser");
        assertThat(mvc.get().uri(base + "?bulk=cancel&changed=2&skipped=0").with(organiser())
                .header("Accept-Language", "en")).bodyText()
                .contains("Cancel the registration: done for 2 people; 0 left alone.");
        assertThat(mvc.get().uri(base + "?bulk=resend&changed=1&skipped=0").with(organiser())
                .header("Accept-Language", "en")).bodyText().contains("Resend their mail: done for 1 person; 0 left");
        assertThat(mvc.get().uri(base + "?bulk=melt&changed=x&skipped=").with(organiser())
                .header("Accept-Language", "en")).hasStatusOk().bodyText().doesNotContain("done for");
    }

    @Test
    void bulkResendsAndSkipsThoseItDoesNotApplyTo() {
        RegistrationId first = register("Wanjiru Kamau", "KE", "ngo", "A");
        RegistrationId second = register("Oumar Sy", "SN", "ngo", "B");
        mvc.post().uri(base + "/" + second.value() + "/cancel").with(organiser()).with(csrf()).exchange();
        int mails = mail.about("registration:" + first.value()).size();

        assertThat(mvc.post().uri(base + "/bulk/confirm").with(organiser()).with(csrf()).param("action", "resend")
                .param("id", String.valueOf(first.value()), String.valueOf(second.value())))
                .hasRedirectedUrl(base + "?bulk=resend&changed=1&skipped=1");
        assertThat(mail.about("registration:" + first.value())).hasSize(mails + 1);
        assertThat(actions(first)).containsOnlyOnce("registration.mailResent");
        assertThat(actions(second)).doesNotContain("registration.mailResent");
    }

    @Test
    void refusesABadBulkRequestAndChangesNothing() {
        RegistrationId first = register("Wanjiru Kamau", "KE", "ngo", "A");
        String id = String.valueOf(first.value());

        assertThat(mvc.post().uri(base + "/bulk/confirm").with(organiser()).with(csrf()).param("action", "cancel"))
                .hasStatus(400);
        assertThat(mvc.post().uri(base + "/bulk/confirm").with(organiser()).with(csrf()).param("action", "cancel")
                .param("id", id, "x1")).hasStatus(400);
        assertThat(mvc.post().uri(base + "/bulk/confirm").with(organiser()).with(csrf()).param("action", "melt")
                .param("id", id)).hasStatus(400);
        assertThat(mvc.post().uri(base + "/bulk/confirm").with(organiser()).with(csrf()).param("action", "cancel")
                .param("id", id, "99999999")).hasStatus(404);
        assertThat(mvc.post().uri(base + "/bulk/confirm").with(organiser()).param("action", "cancel")
                .param("id", id)).hasStatus(403);
        assertThat(status(first)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(actions(first)).doesNotContain("registration.cancelledByOrganiser");
    }
}
