package nl.dialoog.registration.broadcast;

/** A message to registrants in one language: its subject and its plain-text body. */
public record MessageText(String subject, String body) {

    boolean isBlank() {
        return (subject == null || subject.isBlank()) && (body == null || body.isBlank());
    }
}
