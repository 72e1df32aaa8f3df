package nl.dialoog.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Turns an outbox row into a MIME message: multipart/alternative text + HTML, attachments, the row's Message-ID. */
@Component
class MimeMails {

    private final MailSettings settings;

    MimeMails(MailSettings settings) {
        this.settings = settings;
    }

    MimeMessage message(JavaMailSender sender, OutboxEntry entry) throws MessagingException {
        MailView mail = entry.mail();
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession()
                : Session.getInstance(new Properties());
        MimeMessage message = new StableIdMessage(session, mail.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        helper.setFrom(address(settings.from(), settings.fromName()));
        helper.setTo(address(mail.to(), mail.toName()));
        if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
            helper.setReplyTo(mail.replyTo());
        }
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        for (Attachment file : entry.attachments()) {
            helper.addAttachment(file.filename(), new ByteArrayDataSource(file.content(), file.contentType()));
        }
        message.setHeader("Content-Language", mail.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static InternetAddress address(String email, String name) throws MessagingException {
        try {
            InternetAddress address = name == null || name.isBlank() ? new InternetAddress(email, true)
                    : new InternetAddress(email, name, "UTF-8");
            address.validate();
            return address;
        } catch (UnsupportedEncodingException impossible) {
            throw new MessagingException("UTF-8 unsupported", impossible);
        }
    }

    /**
     * Jakarta Mail gives every message a fresh Message-ID when it is saved; this one keeps the outbox row's, so a
     * retry of a mail that may already have arrived is recognisably the same mail, never a second one.
     */
    static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
