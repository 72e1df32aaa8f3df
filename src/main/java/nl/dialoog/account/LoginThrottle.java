package nl.dialoog.account;

import io.github.bucket4j.TimeMeter;
import java.util.ArrayList;
import java.util.List;
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
 * The password way to sign in: checks e-mail and password against the accounts, but first spends an attempt from
 * three buckets — one per client network (an IPv4 address, an IPv6 /64), one per account and client network, and
 * one per account across all networks with ten times the room. When any is empty the sign-in is refused with
 * {@link LoginThrottled}, even with the right password.
 *
 * <p>Guessing stays slow from one network at many accounts (the network bucket) and at one account (the
 * account-and-network bucket); spread over many networks at one account, the account bucket caps it. A stranger
 * who knows an organiser's address can use up only their own networks' share: the owner, elsewhere, still signs
 * in. Only someone with more than ten networks at hand can exhaust the account bucket, and then the owner asks for
 * a one-time sign-in link by mail ({@link SignInLinks}), which clears the account's failures.
 *
 * <p>Spending before checking keeps the limit exact under parallel requests. A successful sign-in returns its
 * attempt to the network bucket but leaves that network's earlier failures standing: otherwise anyone with one
 * valid account could clear the way for guessing at others. The account's buckets are emptied of their failures on
 * success, because only the password's owner can do that.
 */
@Component
class LoginThrottle implements AuthenticationProvider {

    /** Keys kept per bucket kind: at most about 1 KB each (a 320-character key included), so ~20 MB in all. */
    private static final int MAX_KEYS = 10_000;

    /** Longer user names cannot be accounts (e-mail addresses have at most 320 characters). */
    private static final int MAX_EMAIL_KEY = 320;

    /** How many networks' worth of failures the account bucket holds. */
    static final int NETWORKS_PER_ACCOUNT = 10;

    private final AuthenticationProvider passwordCheck;
    private final RateBuckets byAddress;
    private final RateBuckets byEmailAndAddress;
    private final RateBuckets byEmail;
    private final Audit audit;

    LoginThrottle(AccountStore accounts, PasswordEncoder passwords, AccountSettings settings, Audit audit) {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(new AccountUserDetails(accounts));
        check.setPasswordEncoder(passwords);
        this.passwordCheck = check;
        this.byAddress = new RateBuckets(settings.loginAttempts(), settings.loginWindow(), MAX_KEYS,
                TimeMeter.SYSTEM_MILLISECONDS);
        this.byEmailAndAddress = new RateBuckets(settings.loginAttempts(), settings.loginWindow(), MAX_KEYS,
                TimeMeter.SYSTEM_MILLISECONDS);
        this.byEmail = new RateBuckets((long) settings.loginAttempts() * NETWORKS_PER_ACCOUNT,
                settings.loginWindow(), MAX_KEYS, TimeMeter.SYSTEM_MILLISECONDS);
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = addressKey(attempt.getDetails());
        String email = emailKey(attempt.getName());
        String emailAndAddress = address + " " + email;
        long addressLeft = byAddress.take(address);
        if (addressLeft < 0) {
            throw new LoginThrottled();
        }
        long pairLeft = byEmailAndAddress.take(emailAndAddress);
        if (pairLeft < 0) {
            byAddress.giveBack(address);
            throw new LoginThrottled();
        }
        long emailLeft = byEmail.take(email);
        if (emailLeft < 0) {
            byAddress.giveBack(address);
            byEmailAndAddress.giveBack(emailAndAddress);
            throw new LoginThrottled();
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(attempt);
        } catch (AuthenticationException failed) {
            if (addressLeft == 0 || pairLeft == 0 || emailLeft == 0) {
                // Recorded once, when the last attempt is spent, not for every refusal after it: a flood of
                // refused attempts must not become a flood of audit rows.
                List<String> exhausted = new ArrayList<>();
                if (addressLeft == 0) {
                    exhausted.add("address");
                }
                if (pairLeft == 0) {
                    exhausted.add("email+address");
                }
                if (emailLeft == 0) {
                    exhausted.add("email");
                }
                audit.recordAs("anonymous", "account.signIn.throttled", "login:" + truncate(email, 190),
                        "address=" + address + ", exhausted=" + String.join(",", exhausted));
            }
            throw failed;
        }
        byAddress.giveBack(address);
        forgive(email);
        return result;
    }

    /** The account's own failures are forgotten: its owner proved who they are (password or mailed link). */
    void forgive(String email) {
        String key = emailKey(email);
        byEmail.forget(key);
        byEmailAndAddress.forgetIf(pair -> pair.endsWith(" " + key));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void sweep() {
        byAddress.sweep();
        byEmailAndAddress.sweep();
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
