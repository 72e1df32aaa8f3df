package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static nl.dialoog.registration.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventRescheduled;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.reminder.ReminderJob;
import nl.dialoog.registration.reminder.RescheduleMails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RescheduleMailTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    RescheduleMails listener;

    @Autowired
    ReminderJob reminderJob;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    MailQueue mails;

    @Autowired
    JdbcClient jdbc;

    List<MailView> updates(RegistrationId id) {
        return mails.about("registration:" + id.value()).stream()
                .filter(mail -> mail.subject().startsWith("New time")).toList();
    }

    List<MailView> awaitUpdates(RegistrationId id) throws InterruptedException {
        // the listener may run on another thread after the organiser's commit
        for (int i = 0; i < 100 && updates(id).isEmpty(); i++) {
            Thread.sleep(50);
        }
        return updates(id);
    }

    @Test
    void mailsConfirmedRegistrantsTheNewTimeWithAnUpdatedInvitationOnce() throws Exception {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        EventView event = FarEvents.published(catalog, accounts, admin, capacity(1));
        RegistrationId confirmed = registrations.register(event, person(email(), 0)).id();
        RegistrationId waitlisted = registrations.register(event, person(email(), 0)).id();
        LocalDateTime later = event.start().atZone(event.zone()).toLocalDateTime().plusDays(1).withHour(15);

        catalog.update(event.id(), details(event, later), organiser);
        List<MailView> sent = awaitUpdates(confirmed);
        EventView now = catalog.find(event.id()).orElseThrow();
        listener.on(new EventRescheduled(event.id(), event.start(), now.start(), now.end(), now.calendarSequence()));

        assertThat(now.calendarSequence()).isEqualTo(event.calendarSequence() + 1);
        assertThat(updates(confirmed)).hasSize(1);
        assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.text())
                .contains("Changing roles", "3:00", "5:00", "Central European", "Europe/Amsterdam", "Africa/Accra",
                        "/join/"));
        assertThat(updates(waitlisted)).isEmpty();
        String ics = jdbc.sql("SELECT content FROM mail_attachment WHERE mail_id = :mail")
                .param("mail", sent.getFirst().id().value())
                .query((rs, n) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8)).single();
        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent entry = calendar.getEvents().getFirst();
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(entry.getSequence().getValue()).isEqualTo(now.calendarSequence());
        assertThat(entry.getDateStart().getValue().toInstant()).isEqualTo(now.start());
        assertThat(Duration.between(event.start(), now.start())).isPositive();
    }

    @Test
    void remindsAgainBeforeTheNewStart() throws Exception {
        AccountView organiser = accounts.firstAdmin().orElseThrow();
        EventView event = FarEvents.published(catalog, accounts, admin, capacity(null));
        RegistrationId id = registrations.register(event, person(email(), 0)).id();
        reminderJob.sendDue(event.start().minus(Duration.ofMinutes(30)));

        catalog.update(event.id(), details(event, event.start().atZone(event.zone()).toLocalDateTime().plusDays(2)),
                organiser);
        awaitUpdates(id);
        EventView moved = catalog.find(event.id()).orElseThrow();
        reminderJob.sendDue(moved.start().minus(Duration.ofMinutes(30)));

        assertThat(mails.about("registration:" + id.value()))
                .filteredOn(mail -> mail.subject().startsWith("Reminder")).hasSize(2);
    }

    static EventDetails details(EventView event, LocalDateTime start) {
        EventDetails moved = FarEvents.details(start);
        return new EventDetails(event.slug(), moved.defaultLanguage(), moved.languages(), moved.zone(),
                moved.start(), moved.end(), moved.title(), moved.summary(), moved.description(), moved.purpose());
    }
}
