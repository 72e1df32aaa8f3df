package nl.dialoog.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The audit trail: who did what to which subject, written in the caller's transaction. */
@Component
public class Audit {

    /** One line of the trail. */
    public record Entry(Instant occurredAt, String actor, String action, String subject, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Audit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or "system" when nobody is signed in). */
    public void record(String action, String subject, String detail) {
        recordAs(currentActor(), action, subject, detail);
    }

    public void recordAs(String actor, String action, String subject, String detail) {
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, actor, action, subject, detail)
                        VALUES (:at, :actor, :action, :subject, :detail)""")
                .param("at", Times.utc(clock.instant()))
                .param("actor", actor)
                .param("action", action)
                .param("subject", subject)
                .param("detail", detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000))
                .update();
    }

    public List<Entry> forSubject(String subject) {
        return jdbc.sql("""
                        SELECT occurred_at, actor, action, subject, detail FROM audit_entry
                        WHERE subject = :subject ORDER BY occurred_at, id""")
                .param("subject", subject)
                .query((rs, n) -> new Entry(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /**
     * Takes a text that names someone (as written into the entries: "Ama (room participant 7)") out of the entries
     * about {@code subject}, both as actor and in the details, for a person whose data was erased: the entries
     * stay, the text becomes {@code replacement}.
     */
    public int forget(String subject, String name, String replacement) {
        if (name == null || name.isBlank()) {
            return 0;
        }
        return jdbc.sql("""
                        UPDATE audit_entry SET actor = REPLACE(actor, :name, :replacement),
                                               detail = REPLACE(detail, :name, :replacement)
                        WHERE subject = :subject AND (actor LIKE :pattern ESCAPE '!' OR detail LIKE :pattern ESCAPE '!')""")
                .param("subject", subject)
                .param("name", name)
                .param("replacement", replacement)
                .param("pattern", "%" + name.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .update();
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
