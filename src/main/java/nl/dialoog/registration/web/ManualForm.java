package nl.dialoog.registration.web;

/** The organiser's form to register a person by hand; the module checks every field. */
public record ManualForm(String name, String email, String language, String zone) {
}
