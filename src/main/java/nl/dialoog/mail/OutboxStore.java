package nl.dialoog.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outbox tables. Claiming is one conditional UPDATE per row, so with several nodes on one database exactly one
 * of them wins a mail: the loser's UPDATE waits for the winner's row lock, re-reads the row and no longer matches.
 */
@Repository
class OutboxStore {

    private static final String COLUMNS = """
            id, recipient, recipient_name, reply_to, subject, body_text, body_html, language, reference, event_id,
            status, attempts, created_at, sent_at, message_id, last_error, next_attempt_at, last_attempt_at,
            resent_from""";

    /** Due: waiting for a first or further try, or claimed by a node that did not finish in time. */
    private static final String DUE = "status IN ('QUEUED', 'RETRYING', 'SENDING') AND next_attempt_at <= :now";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OutgoingMail mail, String messageId, Instant now, Long resentFrom) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mail_outbox (message_id, recipient, recipient_name, reply_to, subject, body_text,
                            body_html, language, reference, event_id, status, attempts, next_attempt_at, created_at,
                            resent_from)
                        VALUES (:messageId, :to, :toName, :replyTo, :subject, :text, :html, :language, :reference,
                            :eventId, 'QUEUED', 0, :now, :now, :resentFrom)""")
                .param("messageId", messageId)
                .param("to", mail.to())
                .param("toName", mail.toName())
                .param("replyTo", mail.replyTo())
                .param("subject", mail.content().subject())
                .param("text", mail.content().text())
                .param("html", mail.content().html())
                .param("language", mail.language())
                .param("reference", mail.reference())
                .param("eventId", mail.eventId())
                .param("now", utc(now))
                .param("resentFrom", resentFrom)
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
        return id;
    }

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE " + DUE + " ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", utc(now)).param("limit", limit)
                .query(Long.class).list();
    }

    /** Takes the mail for one attempt if it is due; {@code false} when another node has it or it is done. */
    boolean claim(long id, String token, Instant now, Instant abandonedAt) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1, claim_token = :token,
                            last_attempt_at = :now, next_attempt_at = :abandonedAt
                        WHERE id = :id AND""" + " " + DUE)
                .param("id", id).param("token", token).param("now", utc(now)).param("abandonedAt", utc(abandonedAt))
                .update() == 1;
    }

    void sent(long id, String token, Instant now) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = :now, last_error = NULL, claim_token = NULL
                        WHERE id = :id AND claim_token = :token""")
                .param("id", id).param("token", token).param("now", utc(now)).update();
    }

    void attemptFailed(long id, String token, MailStatus status, Instant nextAttempt, String error) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = :status, next_attempt_at = :next, last_error = :error,
                            claim_token = NULL
                        WHERE id = :id AND claim_token = :token""")
                .param("id", id).param("token", token).param("status", status.name())
                .param("next", utc(nextAttempt))
                .param("error", error == null || error.length() <= 2000 ? error : error.substring(0, 2000))
                .update();
    }

    /**
     * Forgets whom the mails matching {@code where} went to: unsent ones are deleted, sent (or being sent) ones
     * keep only subject, status and times, so the outbox still counts them.
     */
    int forget(String where, java.util.Map<String, ?> params) {
        jdbc.sql("DELETE FROM mail_attachment WHERE mail_id IN (SELECT id FROM mail_outbox WHERE " + where + ")")
                .params(params).update();
        int deleted = jdbc.sql("DELETE FROM mail_outbox WHERE " + where
                        + " AND status IN ('QUEUED', 'RETRYING', 'FAILED')")
                .params(params).update();
        return deleted + jdbc.sql("""
                        UPDATE mail_outbox SET recipient = '', recipient_name = NULL, reply_to = NULL,
                            body_text = '', body_html = '', last_error = NULL
                        WHERE\s""" + where)
                .params(params).update();
    }

    Optional<OutboxEntry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = :id").param("id", id)
                .query(OutboxStore::entry).optional()
                .map(entry -> entry.withAttachments(attachments(id)));
    }

    List<MailView> about(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE reference = :reference ORDER BY id")
                .param("reference", reference)
                .query(OutboxStore::entry).list().stream().map(OutboxEntry::mail).toList();
    }

    /**
     * One page of mails, newest first: of one event, or of all events when {@code eventId} is null; of one status,
     * or of all when {@code status} is null.
     */
    List<OutboxEntry> newest(Long eventId, MailStatus status, int offset, int limit) {
        return filtered("SELECT " + COLUMNS + " FROM mail_outbox", eventId, status,
                " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query(OutboxStore::entry).list();
    }

    /** How many mails the same filter matches. */
    int count(Long eventId, MailStatus status) {
        return filtered("SELECT COUNT(*) FROM mail_outbox", eventId, status, "").query(Integer.class).single();
    }

    private JdbcClient.StatementSpec filtered(String select, Long eventId, MailStatus status, String tail) {
        List<String> conditions = new java.util.ArrayList<>();
        if (eventId != null) {
            conditions.add("event_id = :event");
        }
        if (status != null) {
            conditions.add("status = :status");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var query = jdbc.sql(select + where + tail);
        if (eventId != null) {
            query = query.param("event", eventId);
        }
        if (status != null) {
            query = query.param("status", status.name());
        }
        return query;
    }

    List<Attachment> attachments(long mailId) {
        return jdbc.sql("SELECT filename, content_type, content FROM mail_attachment WHERE mail_id = :id ORDER BY id")
                .param("id", mailId)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        MailView mail = new MailView(new MailId(rs.getLong("id")), rs.getString("recipient"),
                rs.getString("recipient_name"), rs.getString("reply_to"), rs.getString("subject"),
                rs.getString("body_text"), rs.getString("body_html"), rs.getString("language"),
                rs.getString("reference"), rs.getObject("event_id", Long.class),
                MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "sent_at"), rs.getString("message_id"), rs.getString("last_error"));
        return new OutboxEntry(mail, instant(rs, "next_attempt_at"), instant(rs, "last_attempt_at"),
                rs.getObject("resent_from", Long.class), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        // the columns keep microseconds; rounding there could make "due now" a moment in the future
        return Times.utc(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** How many of an event's mails are in each status: one grouped read on the (event_id, created_at) index. */
    java.util.Map<MailStatus, Integer> countsOfEvent(long eventId) {
        java.util.Map<MailStatus, Integer> counts = new java.util.EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("SELECT status, COUNT(*) FROM mail_outbox WHERE event_id = :event GROUP BY status")
                .param("event", eventId)
                .query((rs, n) -> counts.put(MailStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }
}
