package nl.dialoog.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a session's results say, as built from the room's record and the registrations: the numbers, the findings
 * and every contribution they rest on. A finding names its contributions by id ({@link Contribution#id()}), so the
 * report links each one to the transcript, and the JSON export holds everything needed to recompute every number.
 * People appear as pseudonyms ("P12"); only the panel and the room's staff appear by name, as they spoke in public.
 */
public record Report(Meta meta, Attendance attendance, Participation participation, List<PollResult> polls,
                     Questions questions, Opinions opinions, List<Theme> themes, List<Contribution> transcript,
                     List<StatementVote> votes) {

    /** The event the report is about and how it was made. {@code title} holds the title per language. */
    public record Meta(long eventId, String slug, Map<String, String> title, String defaultLanguage,
                       List<String> languages, String zone, Instant start, Instant end, Instant builtAt,
                       boolean demo, int smallCell, long millis) {
    }

    /**
     * Registered against attended. {@code staff} (hosts, moderators, panelists) are counted apart, never as
     * attendees; minutes are minutes present with overlapping visits counted once. {@code overTime} has one point
     * per {@code stepMinutes} from the start of the first visit.
     */
    public record Attendance(int registered, int confirmed, int attended, int staff, double attendedRate,
                             long medianMinutes, long totalMinutes, int peak, Instant peakAt, int stepMinutes,
                             List<Presence> overTime) {
    }

    public record Presence(Instant at, int present) {
    }

    /**
     * Participation tables, one per dimension (world region, south or north, country, organisation type), small
     * cells suppressed; people count in them once they had a place or attended.
     */
    public record Participation(List<Table> tables, int contributions) {
    }

    /** One table: rows by a dimension's value; its cells are people or contribution counts, or suppressed. */
    public record Table(String dimension, List<Row> rows, Row total) {
    }

    /**
     * A row: {@code key} is the value (a region, an ISO country code, an organisation type, or "" for unknown).
     * A null count is a suppressed cell. {@code voiceShare} is the row's share of contributions over its share of
     * attendees (1.0 = heard in proportion), null when either share is suppressed or there were no attendees.
     */
    public record Row(String key, Integer registered, Integer attended, Integer messages, Integer questions,
                      Integer votes, Integer contributions, Double attendeeShare, Double contributionShare,
                      Double voiceShare) {
    }

    public record PollResult(long id, String question, boolean multiple, int ballots, List<PollOption> options,
                             Instant launchedAt, Instant closedAt) {
    }

    /** {@code percent} of the ballots (several per ballot in a multiple-choice poll). */
    public record PollOption(String label, int votes, double percent) {
    }

    /** Counts and the most upvoted questions (ids of contributions, most votes first). */
    public record Questions(int asked, int answered, int unanswered, int dismissed, List<String> top) {
    }

    /**
     * The statement votes analysed the Pol.is way. {@code groups} are the opinion groups with the statements that
     * set each apart; {@code consensus} statements are agreed (or disagreed) across all groups, {@code divisive}
     * ones split them, {@code uncertain} ones were mostly passed. {@code points} place each voter in the conversation
     * on the map (x, y, group).
     */
    public record Opinions(int voters, int inConversation, int statements, int votes, List<Group> groups,
                           List<StatementFinding> consensusAgree, List<StatementFinding> consensusDisagree,
                           List<StatementFinding> divisive, List<StatementFinding> uncertain,
                           List<Point> points, List<StatementTally> tallies) {
    }

    /** {@code label} is a letter (A, B, …); {@code members} the voters' pseudonyms. */
    public record Group(String label, int size, List<String> members, List<StatementFinding> representative) {
    }

    /**
     * A statement as a finding: its contribution id, whether the finding is agreement, the share that agreed
     * (or disagreed) among those it is about, and how many votes that share is of.
     */
    public record StatementFinding(String statement, boolean agree, double percent, int votes) {
    }

    public record Point(String participant, double x, double y, String group) {
    }

    public record StatementTally(String statement, int agree, int disagree, int pass) {
    }

    /** A theme across chat and questions: key terms, and every contribution in it; quotes are verbatim ones. */
    public record Theme(List<String> label, int size, List<String> contributions, List<String> quotes,
                        Map<String, Integer> languages) {
    }

    /**
     * One thing said: {@code id} is "m…" for a chat message, "q…" for a question, "s…" for a statement; the author
     * a pseudonym or, for staff and panelists, their name with {@code role}. {@code language} is the language it
     * was written in (guessed from the text, else the author's).
     */
    public record Contribution(String id, String kind, Instant at, String author, String role, String language,
                               String text, String replyTo, Integer upvotes, String state) {
    }

    /** One voter's latest answer to a statement: 1 agree, -1 disagree, 0 pass. */
    public record StatementVote(String statement, String participant, int vote, Instant at) {
    }
}
