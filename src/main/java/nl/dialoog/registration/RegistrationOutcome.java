package nl.dialoog.registration;

/**
 * What happened to a registration attempt. {@code manageToken} is the new personal manage token when the person
 * may see it right away (a new registration that needs no address verification); null otherwise.
 */
public record RegistrationOutcome(Kind kind, RegistrationId id, String manageToken) {

    public enum Kind {
        CONFIRMED, WAITLISTED, AWAITING_APPROVAL, VERIFY_EMAIL, ALREADY_REGISTERED
    }
}
