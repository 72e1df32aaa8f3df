package nl.dialoog.outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.event.EventView;
import nl.dialoog.registration.RegistrantProfile;
import nl.dialoog.registration.Registrations;
import nl.dialoog.room.RoomRecord;
import nl.dialoog.room.Rooms;
import org.springframework.stereotype.Component;

/**
 * Builds a report from what the room recorded and who registered. Each step reports its name first, so the
 * organisers' page can show how far a build got; the analysis itself runs in {@code outcome.analysis}.
 */
@Component
class ReportBuilder {

    /** Cells with fewer people than this are suppressed everywhere (pages, exports, charts). */
    static final int SMALL_CELL = 5;

    interface Progress {
        void step(String name);
    }

    private final Rooms rooms;
    private final Registrations registrations;
    private final Clock clock;

    ReportBuilder(Rooms rooms, Registrations registrations, Clock clock) {
        this.rooms = rooms;
        this.registrations = registrations;
        this.clock = clock;
    }

    Report build(EventView event, boolean demo, Progress progress) {
        long started = System.nanoTime();
        progress.step("reading");
        RoomRecord record = rooms.record(event.id());
        List<RegistrantProfile> profiles = registrations.profiles(event.id());
        return compose(event, record, profiles, demo, progress, clock.instant(), started);
    }

    /** The report of what was read: plain computation, no database (the benchmark calls it directly). */
    static Report compose(EventView event, RoomRecord record, List<RegistrantProfile> profiles, boolean demo,
                          Progress progress, Instant builtAt, long startedNanos) {
        Voices voices = new Voices(record);
        Map<Long, String> languageOf = authorLanguages(record, profiles);

        progress.step("transcript");
        List<Report.Contribution> transcript = Transcript.of(record, voices, languageOf);

        progress.step("attendance");
        Report.Attendance attendance = AttendanceCount.of(record, profiles);
        Report.Participation participation = ParticipationSection.of(record, profiles, SMALL_CELL);

        progress.step("polls");
        List<Report.PollResult> polls = record.polls().stream().map(ReportBuilder::poll).toList();
        Report.Questions questions = questions(record);

        progress.step("opinions");
        Report.Opinions opinions = OpinionSection.of(record, voices);
        List<Report.StatementVote> votes = record.votes().stream()
                .map(v -> new Report.StatementVote(Transcript.statementId(v.statementId()), voices.voter(v.personId()),
                        v.vote(), v.at()))
                .toList();

        progress.step("themes");
        List<Report.Theme> themes = ThemeSection.of(transcript);

        Report.Meta meta = new Report.Meta(event.id().value(), event.slug(), event.title().values(),
                event.defaultLanguage(), event.languages(), event.zone().getId(), event.start(), event.end(),
                builtAt, demo, SMALL_CELL, (System.nanoTime() - startedNanos) / 1_000_000);
        return new Report(meta, attendance, participation, polls, questions, opinions, themes, transcript, votes);
    }

    /** The registration language of each person who registered, the fallback when a text's language is unclear. */
    private static Map<Long, String> authorLanguages(RoomRecord record, List<RegistrantProfile> profiles) {
        Map<Long, String> byRegistration = new HashMap<>();
        for (RegistrantProfile profile : profiles) {
            byRegistration.put(profile.id().value(), profile.language());
        }
        Map<Long, String> byPerson = new HashMap<>();
        for (RoomRecord.Person person : record.people()) {
            if (person.registrationId() != null && byRegistration.containsKey(person.registrationId())) {
                byPerson.put(person.id(), byRegistration.get(person.registrationId()));
            }
        }
        return byPerson;
    }

    private static Report.PollResult poll(RoomRecord.Poll poll) {
        int choices = poll.options().stream().mapToInt(RoomRecord.PollOption::votes).sum();
        int base = poll.multiple() ? poll.ballots() : choices;
        List<Report.PollOption> options = poll.options().stream()
                .map(o -> new Report.PollOption(o.label(), o.votes(), base == 0 ? 0 : 100.0 * o.votes() / base))
                .toList();
        return new Report.PollResult(poll.id(), poll.question(), poll.multiple(), poll.ballots(), options,
                poll.launchedAt(), poll.closedAt());
    }

    /** Questions merged into another count with the one they joined; top: the ten most upvoted, then the oldest. */
    private static Report.Questions questions(RoomRecord record) {
        List<RoomRecord.Question> asked = record.questions().stream().filter(q -> q.mergedInto() == null).toList();
        int answered = (int) asked.stream().filter(q -> "ANSWERED".equals(q.state())).count();
        int dismissed = (int) asked.stream().filter(q -> "DISMISSED".equals(q.state())).count();
        List<String> top = new ArrayList<>();
        asked.stream().filter(q -> !"DISMISSED".equals(q.state()) && !"PENDING".equals(q.state()))
                .sorted(Comparator.comparingInt(RoomRecord.Question::upvotes).reversed()
                        .thenComparing(RoomRecord.Question::at))
                .limit(10)
                .forEach(q -> top.add(Transcript.questionId(q.id())));
        return new Report.Questions(asked.size(), answered, asked.size() - answered - dismissed, dismissed, top);
    }
}
