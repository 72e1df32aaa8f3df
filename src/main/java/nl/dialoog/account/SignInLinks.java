package nl.dialoog.account;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.dialoog.mail.MailContent;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.OutgoingMail;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.RateBuckets;
import nl.dialoog.shared.SharedSettings;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's way in when the password fails them or sign-in is throttled: a one-time link mailed to the account's
 * address. Asking says the same whether or not an account exists, so nobody learns who has one. The link's token is
 * random (256 bits) and stored only as its hash; it works once, for {@link #VALIDITY}, and using it clears the
 * account's failed sign-ins. Asking is itself limited per address and per client network, so the link cannot be
 * used to flood someone's mailbox.
 */
@Service
class SignInLinks {

    static final Duration VALIDITY = Duration.ofMinutes(15);

    /** Links per account address, and per client network, within {@link #VALIDITY}. */
    private static final int REQUESTS = 3;
    private static final int REQUESTS_PER_NETWORK = 10;
    private static final int MAX_KEYS = 10_000;

    private final JdbcClient jdbc;
    private final AccountStore accounts;
    private final MailQueue mail;
    private final LoginThrottle throttle;
    private final SharedSettings site;
    private final Audit audit;
    private final Clock clock;
    private final RateBuckets byEmail = new RateBuckets(REQUESTS, VALIDITY, MAX_KEYS, TimeMeter.SYSTEM_MILLISECONDS);
    private final RateBuckets byNetwork = new RateBuckets(REQUESTS_PER_NETWORK, VALIDITY, MAX_KEYS,
            TimeMeter.SYSTEM_MILLISECONDS);

    SignInLinks(JdbcClient jdbc, AccountStore accounts, MailQueue mail, LoginThrottle throttle,
                SharedSettings site, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mail = mail;
        this.throttle = throttle;
        this.site = site;
        this.audit = audit;
        this.clock = clock;
    }

    /** Mails a link if the address belongs to an enabled account and the limits allow; says nothing either way. */
    @Transactional
    public void request(String email, String clientAddress, Locale locale) {
        String key = LoginThrottle.emailKey(email == null ? "" : email);
        if (key.isBlank() || byNetwork.take(RateBuckets.clientKey(clientAddress)) < 0 || byEmail.take(key) < 0) {
            return;
        }
        Optional<AccountStore.Credentials> account = accounts.credentials(key).filter(AccountStore.Credentials::enabled);
        if (account.isEmpty()) {
            return;
        }
        long accountId = id(account.get().email());
        String token = InvitationTokens.generate();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO account_sign_in_link (account_id, token_hash, created_at, expires_at)
                        VALUES (:account, :hash, :now, :until)""")
                .param("account", accountId).param("hash", InvitationTokens.hash(token))
                .param("now", Times.utc(now)).param("until", Times.utc(now.plus(VALIDITY)))
                .update();
        mail(account.get().email(), SiteLinks.to(site, "/login/link/" + token), locale);
        audit.recordAs("anonymous", "account.signInLink.sent", "account:" + accountId, null);
    }

    /** Queues the link in the reader's language, in the caller's transaction, like any mail. */
    private void mail(String email, String link, Locale locale) {
        MailContent content = mail.render("account/mail/sign-in-link", locale,
                Map.of("link", link, "minutes", VALIDITY.toMinutes()));
        mail.enqueue(new OutgoingMail(email, null, null, content, locale.getLanguage(), List.of(), "sign-in-link",
                null));
    }

    /** Whether the token names a link that still works (for the page that asks to confirm). */
    public boolean usable(String token) {
        return InvitationTokens.wellFormed(token) && jdbc.sql("""
                        SELECT COUNT(*) FROM account_sign_in_link
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("hash", InvitationTokens.hash(token)).param("now", Times.utc(clock.instant()))
                .query(Long.class).single() > 0;
    }

    /**
     * Uses the link: the e-mail address of its account when the link worked (now spent), else empty. One
     * conditional update, so two clicks at once sign in once.
     */
    @Transactional
    public Optional<String> use(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = InvitationTokens.hash(token);
        var now = Times.utc(clock.instant());
        int spent = jdbc.sql("""
                        UPDATE account_sign_in_link SET used_at = :now
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("hash", hash).param("now", now).update();
        if (spent != 1) {
            return Optional.empty();
        }
        Optional<String> email = jdbc.sql("""
                        SELECT a.email FROM account_sign_in_link l JOIN account a ON a.id = l.account_id
                        WHERE l.token_hash = :hash AND a.enabled""")
                .param("hash", hash).query(String.class).optional();
        email.ifPresent(address -> {
            throttle.forgive(address);
            audit.recordAs(address, "account.signInLink.used", "account:" + id(address), null);
        });
        return email;
    }

    /** Spent and expired links are of no use to anyone: they go after a day. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void sweep() {
        jdbc.sql("DELETE FROM account_sign_in_link WHERE expires_at < :before")
                .param("before", Times.utc(clock.instant().minus(Duration.ofDays(1)))).update();
        byEmail.sweep();
        byNetwork.sweep();
    }

    private long id(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = :email").param("email", email).query(Long.class).single();
    }
}
