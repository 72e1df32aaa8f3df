package nl.dialoog.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.mail.MailSendException;

/**
 * Tells a permanent SMTP refusal from a passing failure. The SMTP server answers each step with a reply code: 5xx
 * means "no, and asking again will not help" (550 mailbox unavailable, 553 bad address, 554 rejected), 4xx "not
 * now"; a refused or dropped connection has no code at all. Jakarta Mail reports a refusal as a
 * {@link SendFailedException} (Angus's SMTP exceptions extend it) whose message is the server's reply, somewhere
 * in the chain of causes, next exceptions and per-message exceptions that Spring's {@link MailSendException} wraps.
 */
final class SmtpReplies {

    private static final Pattern PERMANENT = Pattern.compile("^\\s*5\\d\\d(?:[ -].*)?$", Pattern.DOTALL);

    private SmtpReplies() {
    }

    /** The server's reply when it refused the mail for good (e.g. "550 5.1.1 mailbox unavailable"), else null. */
    static String permanentRefusal(Throwable failure) {
        Deque<Throwable> open = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        open.add(failure);
        while (!open.isEmpty()) {
            Throwable next = open.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof SendFailedException refused && refused.getMessage() != null
                    && PERMANENT.matcher(refused.getMessage()).matches()) {
                return refused.getMessage().strip();
            }
            if (next instanceof MailSendException send) {
                send.getFailedMessages().values().forEach(cause -> add(open, cause));
                for (Exception cause : send.getMessageExceptions()) {
                    add(open, cause);
                }
            }
            if (next instanceof MessagingException messaging) {
                add(open, messaging.getNextException());
            }
            add(open, next.getCause());
        }
        return null;
    }

    private static void add(Deque<Throwable> open, Throwable cause) {
        if (cause != null) {
            open.add(cause);
        }
    }
}
