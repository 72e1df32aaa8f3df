package nl.dialoog.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.account.SignInLinkMail;
import org.springframework.stereotype.Component;

/** The account module's one-time sign-in link, written in the reader's language and queued like any mail. */
@Component
class SignInLinkMails implements SignInLinkMail {

    private final MailRenderer renderer;
    private final MailQueue queue;

    SignInLinkMails(MailRenderer renderer, MailQueue queue) {
        this.renderer = renderer;
        this.queue = queue;
    }

    @Override
    public void send(String email, String name, String link, long minutes, Locale locale) {
        MailContent content = renderer.render("account/mail/sign-in-link", locale,
                Map.of("link", link, "minutes", minutes));
        queue.enqueue(new OutgoingMail(email, name, null, content, locale.getLanguage(), List.of(),
                "sign-in-link", null));
    }
}
