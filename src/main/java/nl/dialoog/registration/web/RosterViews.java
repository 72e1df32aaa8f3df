package nl.dialoog.registration.web;

import java.util.List;

/** What the organiser's registrations list shows; public records, because templates read them. */
final class RosterViews {

    private RosterViews() {
    }

    /** One registration as a row of the list. */
    public record Row(long id, String name, String email, String status, String statusLabel, String country, String organisationType,
                      String language, String registeredAt) {
    }

    /** A count with its label, e.g. "Kenya: 12". */
    public record Count(String label, int count) {
    }

    /** A choice in a filter: the value sent and the label shown. */
    public record Option(String value, String label) {
    }

    /** The filters as the GET form sent them, kept for the form and the page links. */
    public record Filter(String q, String status, String country, String type, String language) {
    }

    /** Which part of the matches is shown; pages are numbered from 1. */
    public record Page(int number, int count, int from, int to, int matches, int total) {

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < count;
        }
    }

    /** One line of the audit trail: its time in the reader's language and zone, and what happened in words. */
    public record TrailEntry(String at, nl.dialoog.shared.AuditSentences.Sentence sentence) {
    }

    /** The anonymous counts of erased or purged registrations, per status. */
    public record Removed(String status, List<Count> byCountry, List<Count> byOrganisationType,
                          List<Count> byLanguage, int total) {
    }
}
