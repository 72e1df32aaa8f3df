package nl.dialoog.event;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.desk.RegistrationAdmin;
import nl.dialoog.registration.RegistrationOptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * A session that ran yesterday, as the dashboard tests see it: 13 confirmed registrations (6 from the Netherlands,
 * 5 from Kenya, 2 from Ghana — a small cell), one more from the Netherlands on the waiting list and one cancelled, registered over three
 * days; 3 mails sent and 2 failed; and in the room three attendees (one with two tabs open), a fourth who never
 * came, and a host and a moderator who are staff.
 */
final class DashboardSeed {

    static final int CONFIRMED = 13;

    private final EventCatalog catalog;
    private final RegistrationAdmin registrationAdmin;
    private final JdbcClient jdbc;

    DashboardSeed(EventCatalog catalog, RegistrationAdmin registrationAdmin, JdbcClient jdbc) {
        this.catalog = catalog;
        this.registrationAdmin = registrationAdmin;
        this.jdbc = jdbc;
    }

    /** The session's start: yesterday at 10:00 UTC. */
    static OffsetDateTime start() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(10);
    }

    EventId session(String title, AccountView organiser) {
        EventId id = event(title, organiser);
        long country = registrationAdmin.addQuestion(id, QuestionKind.COUNTRY, false,
                LocalizedText.of("en", "Country"), List.of(), organiser);
        long type = registrationAdmin.addQuestion(id, QuestionKind.ORGANISATION_TYPE, false,
                LocalizedText.of("en", "Type of organisation"), List.of(), organiser);
        OffsetDateTime start = start();
        int n = 0;
        for (String[] group : new String[][] {{"NL", "ngo", "6"}, {"KE", "government", "5"}, {"GH", "ngo", "2"}}) {
            for (int i = 0; i < Integer.parseInt(group[2]); i++) {
                registration(id, "CONFIRMED", "{\"" + country + "\":[\"" + group[0] + "\"],\"" + type + "\":[\""
                        + group[1] + "\"]}", start.minusDays(3 - n % 3).plusHours(n));
                n++;
            }
        }
        registration(id, "WAITLISTED", "{\"" + country + "\":[\"NL\"],\"" + type + "\":[\"ngo\"]}",
                start.minusHours(5));
        registration(id, "CANCELLED", "{}", start.minusHours(4));
        // the places taken are counted on the options row when people are admitted; these were inserted directly
        jdbc.sql("UPDATE registration_options SET confirmed_count = :n WHERE event_id = :event")
                .param("n", CONFIRMED).param("event", id.value()).update();
        for (String status : List.of("SENT", "SENT", "SENT", "FAILED", "FAILED")) {
            mail(id, status, start.minusDays(1));
        }
        visit(participant(id, "ATTENDEE"), id, 0, 60);
        visit(participant(id, "ATTENDEE"), id, 10, 50);
        long twoTabs = participant(id, "ATTENDEE");
        visit(twoTabs, id, 20, 40);
        visit(twoTabs, id, 25, 35);
        participant(id, "ATTENDEE");
        visit(participant(id, "HOST"), id, -10, 70);
        visit(participant(id, "MODERATOR"), id, -5, 65);
        return id;
    }

    /** A published event yesterday 10:00–12:00 UTC with registration set up (100 places). */
    EventId event(String title, AccountView organiser) {
        LocalDateTime later = LocalDateTime.now(ZoneOffset.UTC).plusMonths(1).withNano(0);
        EventId id = catalog.create(new EventDetails("dash-" + UUID.randomUUID().toString().substring(0, 12), "en",
                List.of("en", "nl"), ZoneId.of("Europe/Amsterdam"), later, later.plusHours(2),
                new LocalizedText(Map.of("en", title)), LocalizedText.of("en", "A dialogue"), LocalizedText.EMPTY,
                LocalizedText.EMPTY), organiser);
        catalog.publish(id, organiser);
        registrationAdmin.saveOptions(id, new RegistrationOptions(100, null, null, false, false, false,
                LocalizedText.EMPTY, 0, List.of()), organiser);
        jdbc.sql("UPDATE event SET starts_at = :start, ends_at = :end WHERE id = :id")
                .param("start", start()).param("end", start().plusHours(2)).param("id", id.value()).update();
        return id;
    }

    void registration(EventId id, String status, String answers, OffsetDateTime at) {
        String email = "r-" + UUID.randomUUID() + "@dialoog.test";
        jdbc.sql("""
                        INSERT INTO registration (event_id, name, email, active_email, language, time_zone, status,
                            answers, consent_version, consent_language, consent_text, consented_at, created_at,
                            updated_at)
                        VALUES (:event, 'Seeded person', :email, :active, 'en', 'UTC', :status, :answers, 1, 'en',
                            'Privacy', :at, :at, :at)""")
                .param("event", id.value()).param("email", email)
                .param("active", "CANCELLED".equals(status) ? null : email).param("status", status)
                .param("answers", answers).param("at", at).update();
    }

    void mail(EventId id, String status, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO mail_outbox (message_id, recipient, subject, body_text, body_html, language,
                            event_id, status, attempts, next_attempt_at, created_at)
                        VALUES (:message, 'x@dialoog.test', 'Seeded', 'Seeded', '<p>Seeded</p>', 'en', :event,
                            :status, 1, :at, :at)""")
                .param("message", "<" + UUID.randomUUID() + "@dialoog.test>").param("event", id.value())
                .param("status", status).param("at", at).update();
    }

    long participant(EventId id, String role) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_participant (event_id, role, display_name, created_at)
                        VALUES (:event, :role, 'P', :at)""")
                .param("event", id.value()).param("role", role).param("at", start()).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A stay from {@code from} to {@code to} minutes after the start. */
    void visit(long participant, EventId id, int from, int to) {
        jdbc.sql("""
                        INSERT INTO room_visit (event_id, participant_id, joined_at, last_seen_at, left_at)
                        VALUES (:event, :participant, :at, :left, :left)""")
                .param("event", id.value()).param("participant", participant)
                .param("at", start().plusMinutes(from)).param("left", start().plusMinutes(to)).update();
    }
}
