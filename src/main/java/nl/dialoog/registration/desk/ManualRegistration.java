package nl.dialoog.registration.desk;

/** A person an organiser registers by hand: no questions, no consent box, no bot checks. */
public record ManualRegistration(String name, String email, String language, String zone) {
}
