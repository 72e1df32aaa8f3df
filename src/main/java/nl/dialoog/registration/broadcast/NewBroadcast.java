package nl.dialoog.registration.broadcast;

import java.util.Map;
import nl.dialoog.registration.RegistrationStatus;

/**
 * A message from the organisers to their registrants, in plain text (blank lines separate paragraphs). Each
 * registrant gets it in their language: {@code subject} and {@code body} are the event's first language's text, which
 * also goes to everyone whose language has no translation.
 *
 * @param status       only registrations in this status; null for everyone registered (confirmed, waitlisted,
 *                     awaiting approval)
 * @param language     only registrations in this language; null for all
 * @param translations the text in the event's other languages, by language code; may be empty
 */
public record NewBroadcast(String subject, String body, RegistrationStatus status, String language,
                           Map<String, MessageText> translations) {

    public NewBroadcast {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** A message in the event's first language only. */
    public NewBroadcast(String subject, String body, RegistrationStatus status, String language) {
        this(subject, body, status, language, Map.of());
    }

    /** The text for a reader of {@code language}: its translation, else the first language's. */
    public MessageText textFor(String language) {
        MessageText translation = translations.get(language);
        return translation == null || translation.isBlank() ? new MessageText(subject, body) : translation;
    }
}
