package nl.dialoog.contact;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.AccountView;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.OutgoingMail;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.SharedSettings;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact module's API. A message is stored and its mails to the event's contact people are queued in one
 * transaction, so an acknowledged message is never lost and always mailed.
 */
@Service
public class ContactMessages {

    private final JdbcClient jdbc;
    private final EventCatalog events;
    private final MailQueue mail;
    private final SharedSettings site;
    private final Audit audit;
    private final Clock clock;

    ContactMessages(JdbcClient jdbc, EventCatalog events, MailQueue mail, SharedSettings site,
                    Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.mail = mail;
        this.site = site;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps the message and mails it to each contact person; the input must already be checked. */
    @Transactional
    public long receive(EventView event, NewContactMessage message) {
        OffsetDateTime now = Times.utc(clock.instant());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO contact_message (event_id, sender_name, sender_email, language, body, received_at)
                        VALUES (:event, :name, :email, :language, :body, :now)""")
                .param("event", event.id().value()).param("name", message.senderName())
                .param("email", message.senderEmail()).param("language", message.language())
                .param("body", message.body()).param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        String language = event.defaultLanguage();
        URI inbox = URI.create(site.baseUrl().replaceAll("/+$", "") + "/organiser/events/" + event.id().value()
                + "/messages");
        for (String contact : events.contactAddresses(event.id())) {
            var content = mail.render("contact/mail/message", Locale.forLanguageTag(language), Map.of(
                    "eventTitle", event.title().resolve(language, event.defaultLanguage()).text(),
                    "message", message, "inbox", inbox.toString()));
            mail.enqueue(new OutgoingMail(contact, null, message.senderEmail(), content, language, List.of(),
                    "contact:" + id, event.id().value()));
        }
        audit.recordAs(message.senderEmail(), "contact.received", "event:" + event.id().value(), "message " + id);
        return id;
    }

    /** The messages about an event, newest first, for its organisers. */
    @Transactional(readOnly = true)
    public List<ContactMessage> forEvent(EventId id, AccountView by) {
        events.editable(id, by);
        return jdbc.sql("""
                        SELECT id, event_id, sender_name, sender_email, language, body, received_at
                        FROM contact_message WHERE event_id = :event ORDER BY received_at DESC, id DESC""")
                .param("event", id.value())
                .query((rs, n) -> new ContactMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }
}
