package nl.dialoog.registration.privacy;

import java.util.List;

/**
 * Everything Dialoog holds about one registration, as its owner downloads it (GDPR art. 15 and 20). Times are
 * ISO-8601 in UTC.
 */
public record ParticipantData(String exportedAt, Person registration, List<Answer> answers, Consent consent,
                              List<Mail> mails, List<Entry> audit) {

    public record Person(long id, String event, String eventTitle, String name, String email, String status,
                         String language, String timeZone, String registeredAt, String confirmedAt,
                         boolean addedByOrganiser) {
    }

    public record Answer(String question, List<String> values, String answer) {
    }

    public record Consent(int version, String language, String text, String givenAt) {
    }

    public record Mail(String to, String subject, String text, String status, String queuedAt, String sentAt) {
    }

    public record Entry(String at, String actor, String action, String detail) {
    }
}
