package nl.dialoog.account;

import java.util.Locale;

/** An invitation link that cannot be accepted (any more); the page says why in the reader's language. */
final class InvitationUnavailable extends RuntimeException {

    enum Reason {
        /** Forged, mistyped or malformed: as if it never existed. */
        UNKNOWN(404),
        EXPIRED(410),
        USED(410),
        REVOKED(410);

        final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    private final Reason reason;

    InvitationUnavailable(Reason reason) {
        // No stack trace: this is an answer to a visitor, not a fault to investigate.
        super("Invitation " + reason.name().toLowerCase(Locale.ROOT), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }

    int status() {
        return reason.status;
    }

    /** Prefix of the page's message keys: {@code .title} and {@code .text}. */
    String messageKey() {
        return "account.invitation." + reason.name().toLowerCase(Locale.ROOT);
    }
}
