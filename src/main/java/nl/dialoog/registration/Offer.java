package nl.dialoog.registration;

/**
 * What an event's registration form offers at this moment: the options (questions, privacy text, rules), whether it
 * takes registrations now, and the options' version, raised by every change to them (a page rendered from them is
 * current while the version is).
 */
public record Offer(RegistrationOptions options, Availability availability, long version) {
}
