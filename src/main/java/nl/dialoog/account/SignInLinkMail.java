package nl.dialoog.account;

import java.util.Locale;

/**
 * Sends a one-time sign-in link to an account's owner. The mail module implements it (it depends on this module,
 * so this module cannot call it directly); the mail is queued in the caller's transaction.
 *
 * @see SignInLinks
 */
public interface SignInLinkMail {

    /** Queues the mail to {@code email} in {@code locale}: the {@code link}, which works once for {@code minutes}. */
    void send(String email, String name, String link, long minutes, Locale locale);
}
