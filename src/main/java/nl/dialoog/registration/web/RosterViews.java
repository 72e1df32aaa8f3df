package nl.dialoog.registration.web;

import java.util.List;

/** What the organiser's registrations list and a person's page show; public records, because templates read them. */
final class RosterViews {

    private RosterViews() {
    }

    /**
     * One registration as a row of the list: its answers in the questions' order, its time in the reader's zone
     * ({@code registeredIso} for the time element), and the actions that apply to it ("resend", "cancel", …).
     */
    public record Row(long id, String name, String email, String status, String statusLabel, List<String> answers,
                      String language, String registeredAt, String registeredIso, List<Option> actions) {
    }

    /** A count with its label, e.g. "Kenya: 12". */
    public record Count(String label, int count) {
    }

    /** Counts under a heading, e.g. the answers to one question. */
    public record Counts(String heading, List<Count> counts) {
    }

    /** A choice in a filter: the value sent and the label shown. */
    public record Option(String value, String label) {
    }

    /**
     * A filter on one choice question's answer: the parameter's name ({@code a<question id>}), the question, the
     * answers given among all registrations and the one chosen ("" for all).
     */
    public record AnswerFilter(String name, String label, List<Option> options, String chosen) {
    }

    /** The filters as the GET form sent them, kept for the form, the page links and the way back after an action. */
    public record Filter(String q, String status, String language, String zone, List<AnswerFilter> answers,
                         String query) {
    }

    /** Which part of the matches is shown; pages are numbered from 1; {@code links} the pages to link to. */
    public record Page(int number, int count, int from, int to, int matches, int total, List<PageLink> links) {

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < count;
        }
    }

    /** A link to a page of the list ({@code number} 0 stands for a gap, "…"). */
    public record PageLink(int number, String href, boolean current) {
    }

    /** One line of the audit trail: its time in the reader's language and zone, and what happened in words. */
    public record TrailEntry(String at, nl.dialoog.shared.AuditSentences.Sentence sentence) {
    }

    /** One answer on a person's page. */
    public record Answer(String question, String answer) {
    }

    /** One mail on a person's page, linked to the event's outbox. */
    public record Mail(String at, String subject, String status, String href) {
    }

    /** The anonymous counts of erased or purged registrations, per status. */
    public record Removed(String status, List<Count> byCountry, List<Count> byOrganisationType,
                          List<Count> byLanguage, int total) {
    }
}
