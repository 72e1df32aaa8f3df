package nl.dialoog.mail;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail module's API. {@link #enqueue} writes the mail into the outbox inside the caller's transaction, so a
 * mail exists exactly when the change that caused it was committed; sending happens afterwards.
 */
@Service
public class MailQueue {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public MailId enqueue(OutgoingMail mail) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mail_outbox (message_id, recipient, recipient_name, reply_to, subject, body_text,
                            body_html, language, reference, event_id, status, attempts, next_attempt_at, created_at)
                        VALUES (:messageId, :to, :toName, :replyTo, :subject, :text, :html, :language, :reference,
                            :eventId, 'QUEUED', 0, :now, :now)""")
                .param("messageId", "<" + UUID.randomUUID() + "@dialoog>")
                .param("to", mail.to())
                .param("toName", mail.toName())
                .param("replyTo", mail.replyTo())
                .param("subject", mail.content().subject())
                .param("text", mail.content().text())
                .param("html", mail.content().html())
                .param("language", mail.language())
                .param("reference", mail.reference())
                .param("eventId", mail.eventId())
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (Attachment attachment : mail.attachments()) {
            jdbc.sql("""
                            INSERT INTO mail_attachment (mail_id, filename, content_type, content)
                            VALUES (:mail, :filename, :type, :content)""")
                    .param("mail", id).param("filename", attachment.filename())
                    .param("type", attachment.contentType()).param("content", attachment.content())
                    .update();
        }
        return new MailId(id);
    }

    /** The mails about one thing (e.g. "registration:42"), oldest first. */
    @Transactional(readOnly = true)
    public List<MailView> about(String reference) {
        return jdbc.sql("""
                        SELECT id, recipient, recipient_name, reply_to, subject, body_text, body_html, language,
                            reference, event_id, status, attempts, created_at, sent_at, message_id, last_error
                        FROM mail_outbox WHERE reference = :reference ORDER BY id""")
                .param("reference", reference)
                .query((rs, n) -> new MailView(new MailId(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), (Long) rs.getObject(10, Long.class), MailStatus.valueOf(rs.getString(11)),
                        rs.getInt(12), rs.getObject(13, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(14, java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject(14, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(15), rs.getString(16)))
                .list();
    }
}
