package nl.dialoog.registration;

/** Identifies one registration. */
public record RegistrationId(long value) {
}
