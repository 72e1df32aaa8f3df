package nl.dialoog.registration;

import static nl.dialoog.registration.TestEvents.capacity;
import static nl.dialoog.registration.TestEvents.email;
import static nl.dialoog.registration.TestEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.reminder.ReminderJob;
import nl.dialoog.registration.reminder.Reminders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ReminderTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationAdmin admin;

    @Autowired
    Reminders reminders;

    @Autowired
    ReminderJob job;

    @Autowired
    EventCatalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    MailQueue mails;

    EventView event(Integer places) {
        return FarEvents.published(catalog, accounts, admin, capacity(places));
    }

    RegistrationId register(EventView event) {
        return registrations.register(event, person(email(), 0)).id();
    }

    List<MailView> remindersOf(RegistrationId id) {
        return mails.about("registration:" + id.value()).stream()
                .filter(mail -> mail.subject().startsWith("Reminder")).toList();
    }

    static Instant before(EventView event, Duration ahead) {
        return event.start().minus(ahead);
    }

    @Test
    void sendsTheDayBeforeReminderWithJoinLinkAndBothZonesOnceItIsDue() {
        EventView event = event(null);
        RegistrationId id = register(event);

        job.sendDue(before(event, Duration.ofHours(23)));
        job.sendDue(before(event, Duration.ofHours(22)));

        assertThat(remindersOf(id)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains("Changing roles");
            assertThat(mail.language()).isEqualTo("en");
            assertThat(mail.text()).contains("/join/", "/registrations/", "Greenwich Mean Time", "Africa/Accra",
                    "Central European", "Europe/Amsterdam");
        });
    }

    @Test
    void sendsNothingBeforeTheFirstReminderIsDue() {
        EventView event = event(null);
        RegistrationId id = register(event);

        job.sendDue(before(event, Duration.ofHours(25)));

        assertThat(remindersOf(id)).isEmpty();
    }

    @Test
    void sendsTheSecondReminderAnHourBefore() {
        EventView event = event(null);
        RegistrationId id = register(event);

        job.sendDue(before(event, Duration.ofHours(23)));
        job.sendDue(before(event, Duration.ofMinutes(59)));
        job.sendDue(before(event, Duration.ofMinutes(30)));

        assertThat(remindersOf(id)).hasSize(2);
    }

    @Test
    void sendsRemindersMissedWhileNoNodeRanLateAsOneMail() {
        EventView event = event(null);
        RegistrationId id = register(event);

        job.sendDue(before(event, Duration.ofMinutes(10)));
        job.sendDue(before(event, Duration.ofMinutes(5)));

        assertThat(remindersOf(id)).hasSize(1);
    }

    @Test
    void sendsNoReminderOnceTheEventHasStarted() {
        EventView event = event(null);
        RegistrationId id = register(event);

        job.sendDue(event.start());
        job.sendDue(event.start().plus(Duration.ofMinutes(30)));

        assertThat(remindersOf(id)).isEmpty();
    }

    @Test
    void remindsOnlyConfirmedRegistrations() {
        EventView event = event(1);
        RegistrationId confirmed = register(event);
        RegistrationId waitlisted = register(event);

        job.sendDue(before(event, Duration.ofMinutes(30)));

        assertThat(remindersOf(confirmed)).hasSize(1);
        assertThat(remindersOf(waitlisted)).isEmpty();
    }

    @Test
    void followsTheOffsetsTheOrganiserSet() {
        EventView event = event(null);
        reminders.saveOffsets(event.id(), List.of(120), accounts.firstAdmin().orElseThrow());
        RegistrationId id = register(event);

        job.sendDue(before(event, Duration.ofHours(23)));
        assertThat(remindersOf(id)).isEmpty();

        job.sendDue(before(event, Duration.ofMinutes(90)));
        assertThat(remindersOf(id)).hasSize(1);
        assertThat(reminders.offsets(event.id(), accounts.firstAdmin().orElseThrow())).containsExactly(120);
    }

    @Test
    void sendsEachReminderOnceWhenTwoNodesRunTheJobAtTheSameTime() throws Exception {
        EventView event = event(null);
        List<RegistrationId> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(register(event));
        }
        Instant now = before(event, Duration.ofMinutes(30));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    return job.sendDue(now);
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertThat(total).isEqualTo(ids.size());
        }

        assertThat(ids).allSatisfy(id -> assertThat(remindersOf(id)).hasSize(1));
    }
}
