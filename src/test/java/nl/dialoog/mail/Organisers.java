package nl.dialoog.mail;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.account.AccountView;
import nl.dialoog.account.Accounts;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventDetails;
import nl.dialoog.event.EventId;
import nl.dialoog.event.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Organisers of their own, fresh organisation, and events of theirs: test data that never collides. */
record Organisers(JdbcClient jdbc, Accounts accounts, EventCatalog catalog) {

    AccountView organiser() {
        String name = "Org " + UUID.randomUUID().toString().substring(0, 8);
        long organisation = jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:name, :now)")
                .param("name", name).param("now", OffsetDateTime.now())
                .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id") > 0
                ? jdbc.sql("SELECT MAX(id) FROM organisation WHERE name = :name").param("name", name)
                        .query(Long.class).single() : 0;
        String email = "o-" + UUID.randomUUID() + "@dialoog.test";
        jdbc.sql("""
                        INSERT INTO account (organisation_id, email, display_name, password_hash, role, enabled,
                            created_at) VALUES (:organisation, :email, 'Organiser', '{noop}unused', 'ORGANISER', TRUE,
                            :now)""")
                .param("organisation", organisation).param("email", email).param("now", OffsetDateTime.now())
                .update();
        return accounts.findByEmail(email).orElseThrow();
    }

    EventId event(AccountView by) {
        LocalDateTime start = LocalDateTime.of(2030, 11, 9, 11, 0);
        return catalog.create(new EventDetails("mail-" + UUID.randomUUID().toString().substring(0, 8), "en",
                List.of("en", "nl"), ZoneId.of("Europe/Amsterdam"), start, start.plusHours(2),
                new LocalizedText(Map.of("en", "Changing roles", "nl", "Veranderende rollen")),
                LocalizedText.of("en", "A summary"), LocalizedText.of("en", "Hello"),
                LocalizedText.of("en", "A purpose")), by);
    }
}
