package nl.dialoog.account;

import io.github.bucket4j.TimeMeter;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.RateBuckets;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way to sign in: checks e-mail and password against the accounts, but first spends an attempt from two
 * buckets, one per client address and one per e-mail address. When either is empty the sign-in is refused with
 * {@link LoginThrottled}, even with the right password, so guessing stays slow from many addresses at one account
 * and from one address at many accounts.
 *
 * <p>Spending before checking keeps the limit exact under parallel requests. A successful sign-in returns its
 * attempt to the address bucket but leaves that address's earlier failures standing: otherwise anyone with one
 * valid account could clear the way for guessing at others. The e-mail bucket is emptied of its failures on
 * success, because only the password's owner can do that.
 */
@Component
class LoginThrottle implements AuthenticationProvider {

    /** Keys kept per bucket kind: at most about 1 KB each (a 320-character key included), so ~20 MB in all. */
    private static final int MAX_KEYS = 10_000;

    /** Longer user names cannot be accounts (e-mail addresses have at most 320 characters). */
    private static final int MAX_EMAIL_KEY = 320;

    private final AuthenticationProvider passwordCheck;
    private final RateBuckets byAddress;
    private final RateBuckets byEmail;
    private final Audit audit;

    LoginThrottle(AccountStore accounts, PasswordEncoder passwords, AccountSettings settings, Audit audit) {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(new AccountUserDetails(accounts));
        check.setPasswordEncoder(passwords);
        this.passwordCheck = check;
        this.byAddress = new RateBuckets(settings.loginAttempts(), settings.loginWindow(), MAX_KEYS,
                TimeMeter.SYSTEM_MILLISECONDS);
        this.byEmail = new RateBuckets(settings.loginAttempts(), settings.loginWindow(), MAX_KEYS,
                TimeMeter.SYSTEM_MILLISECONDS);
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = addressKey(attempt.getDetails());
        String email = emailKey(attempt.getName());
        long addressLeft = byAddress.take(address);
        if (addressLeft < 0) {
            throw new LoginThrottled();
        }
        long emailLeft = byEmail.take(email);
        if (emailLeft < 0) {
            byAddress.giveBack(address);
            throw new LoginThrottled();
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(attempt);
        } catch (AuthenticationException failed) {
            if (addressLeft == 0 || emailLeft == 0) {
                // Recorded once, when the last attempt is spent, not for every refusal after it: a flood of
                // refused attempts must not become a flood of audit rows.
                String exhausted = addressLeft == 0 && emailLeft == 0 ? "address,email"
                        : addressLeft == 0 ? "address" : "email";
                audit.recordAs("anonymous", "account.signIn.throttled", "login:" + truncate(email, 190),
                        "address=" + address + ", exhausted=" + exhausted);
            }
            throw failed;
        }
        byAddress.giveBack(address);
        byEmail.forget(email);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void sweep() {
        byAddress.sweep();
        byEmail.sweep();
    }

    static String emailKey(String userName) {
        return truncate(Accounts.normaliseEmail(userName), MAX_EMAIL_KEY);
    }

    static String addressKey(Object details) {
        return RateBuckets.clientKey(details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
