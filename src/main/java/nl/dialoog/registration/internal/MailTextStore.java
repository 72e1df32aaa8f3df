package nl.dialoog.registration.internal;

import static nl.dialoog.shared.Times.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the organisers' own mail texts, one per event, language and kind of mail. */
@Repository
public class MailTextStore {

    private final JdbcClient jdbc;

    MailTextStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CustomMailText> find(long eventId, String language, String kind) {
        return jdbc.sql("""
                        SELECT subject, body FROM registration_mail_text
                         WHERE event_id = :event AND language = :language AND kind = :kind""")
                .param("event", eventId).param("language", language).param("kind", kind)
                .query((rs, n) -> new CustomMailText(rs.getString("subject"), rs.getString("body"))).optional();
    }

    /** Replaces the event's text for this language and kind. */
    public void save(long eventId, String language, String kind, CustomMailText text, String by, Instant now) {
        delete(eventId, language, kind);
        jdbc.sql("""
                        INSERT INTO registration_mail_text (event_id, language, kind, subject, body, updated_by,
                            updated_at) VALUES (:event, :language, :kind, :subject, :body, :by, :now)""")
                .param("event", eventId).param("language", language).param("kind", kind)
                .param("subject", text.subject()).param("body", text.body()).param("by", by).param("now", utc(now))
                .update();
    }

    /** Back to the default text; whether there was one of the event's own. */
    public boolean delete(long eventId, String language, String kind) {
        return jdbc.sql("DELETE FROM registration_mail_text WHERE event_id = :event AND language = :language "
                        + "AND kind = :kind")
                .param("event", eventId).param("language", language).param("kind", kind).update() > 0;
    }
}
