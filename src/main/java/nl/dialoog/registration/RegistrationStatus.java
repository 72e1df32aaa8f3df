package nl.dialoog.registration;

/**
 * Where a registration stands. Only {@link #CONFIRMED} takes a place; an unverified or unapproved registration
 * holds none until it is verified or approved, and then gets a place only if one is free (else the waiting list).
 * {@link #EXPIRED}: the address was not confirmed in time ({@code dialoog.registration.unverified-expiry}).
 */
public enum RegistrationStatus {
    UNVERIFIED, AWAITING_APPROVAL, CONFIRMED, WAITLISTED, REJECTED, CANCELLED, EXPIRED;

    public boolean isActive() {
        return this != REJECTED && this != CANCELLED && this != EXPIRED;
    }
}
