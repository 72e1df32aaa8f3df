package nl.dialoog.room.demo;

import static nl.dialoog.shared.Times.utc;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link DemoSession} into the room's tables in the caller's transaction: rows whose ids others point to
 * one by one (people, messages, questions, polls, statements), the many rows nobody points to in batches. No log
 * frames: the room's counter stays at 0, which is what a room whose log is empty has.
 */
@Component
class DemoSessionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    DemoSessionStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Whether anyone ever entered the event's room. */
    boolean hasPeople(long eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM room_participant WHERE event_id = :event").param("event", eventId)
                .query(Long.class).single() > 0;
    }

    void write(long eventId, DemoSession session) {
        jdbc.sql("INSERT INTO room (event_id) VALUES (:event) ON CONFLICT DO NOTHING").param("event", eventId).update();
        List<Long> people = new ArrayList<>();
        for (DemoSession.Person person : session.people) {
            people.add(insert("""
                            INSERT INTO room_participant (event_id, registration_id, role, display_name, organisation,
                                                          country, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""", eventId, person.registrationId(), person.role().name(),
                    person.name(), person.organisation(), person.country(), utc(person.firstJoin())));
        }
        List<Object[]> visits = new ArrayList<>();
        for (int p = 0; p < session.people.size(); p++) {
            for (DemoSession.Visit visit : session.people.get(p).visits()) {
                visits.add(new Object[] {eventId, people.get(p), utc(visit.joined()), utc(visit.lastSeen()),
                        utc(visit.left())});
            }
        }
        batch("""
                INSERT INTO room_visit (event_id, participant_id, joined_at, last_seen_at, left_at)
                VALUES (?, ?, ?, ?, ?)""", visits);
        List<Long> messages = new ArrayList<>();
        for (DemoSession.Message message : session.chat) {
            messages.add(insert("""
                            INSERT INTO room_chat_message (event_id, participant_id, reply_to, body, created_at,
                                                           deleted_at, deleted_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""", eventId, people.get(message.author()),
                    message.replyTo() == null ? null : messages.get(message.replyTo()),
                    // a deleted message keeps its row but loses its text, as the chat does it
                    message.deletedAt() == null ? message.body() : "", utc(message.at()), utc(message.deletedAt()),
                    message.deletedBy() == null ? null : people.get(message.deletedBy())));
        }
        writeQuestions(eventId, session, people);
        writePolls(eventId, session, people);
        writeStatements(eventId, session, people);
    }

    private void writeQuestions(long eventId, DemoSession session, List<Long> people) {
        List<Long> questions = new ArrayList<>();
        List<Object[]> upvotes = new ArrayList<>();
        for (DemoSession.Question question : session.questions) {
            long id = insert("""
                            INSERT INTO room_question (event_id, participant_id, body, anonymous, state, answered_live,
                                                       merged_into, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", eventId, people.get(question.author()),
                    question.body(), question.anonymous(), question.state(), question.live(),
                    question.mergedInto() == null ? null : questions.get(question.mergedInto()), utc(question.at()));
            questions.add(id);
            for (DemoSession.Upvote upvote : question.upvotes()) {
                upvotes.add(new Object[] {id, people.get(upvote.person()), utc(upvote.at())});
            }
        }
        batch("INSERT INTO room_question_vote (question_id, participant_id, created_at) VALUES (?, ?, ?)", upvotes);
    }

    private void writePolls(long eventId, DemoSession session, List<Long> people) {
        List<Object[]> ballots = new ArrayList<>();
        List<Object[]> choices = new ArrayList<>();
        for (DemoSession.Poll poll : session.polls) {
            long id = insert("""
                            INSERT INTO room_poll (event_id, question, multiple, state, revealed, ballots, created_by,
                                                   created_at, launched_at, closed_at)
                            VALUES (?, ?, ?, 'CLOSED', TRUE, ?, ?, ?, ?, ?)""", eventId, poll.question(),
                    poll.multiple(), poll.ballots().size(), people.get(poll.createdBy()), utc(poll.createdAt()),
                    utc(poll.launchedAt()), utc(poll.closedAt()));
            List<Long> options = new ArrayList<>();
            for (int position = 0; position < poll.options().size(); position++) {
                options.add(insert("INSERT INTO room_poll_option (poll_id, position, label) VALUES (?, ?, ?)", id,
                        position, poll.options().get(position)));
            }
            for (DemoSession.Ballot ballot : poll.ballots()) {
                ballots.add(new Object[] {id, people.get(ballot.person()), utc(ballot.at())});
                for (int option : ballot.options()) {
                    choices.add(new Object[] {id, people.get(ballot.person()), options.get(option)});
                }
            }
        }
        batch("INSERT INTO room_poll_ballot (poll_id, participant_id, created_at) VALUES (?, ?, ?)", ballots);
        batch("INSERT INTO room_poll_choice (poll_id, participant_id, option_id) VALUES (?, ?, ?)", choices);
    }

    private void writeStatements(long eventId, DemoSession session, List<Long> people) {
        List<Long> statements = new ArrayList<>();
        for (DemoSession.Statement statement : session.statements) {
            statements.add(insert("""
                            INSERT INTO room_statement (event_id, participant_id, body, status, seeded, created_at,
                                                        decided_at, decided_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", eventId, people.get(statement.author()),
                    statement.body(), statement.status(), statement.seeded(), utc(statement.at()),
                    utc(statement.decidedAt()), people.get(statement.decidedBy())));
        }
        List<Object[]> votes = session.votes.stream().map(vote -> new Object[] {statements.get(vote.statement()),
                people.get(vote.person()), eventId, vote.vote(), utc(vote.at())}).toList();
        batch("""
                INSERT INTO room_statement_vote (statement_id, participant_id, event_id, vote, voted_at)
                VALUES (?, ?, ?, ?, ?)""", votes);
    }

    private long insert(String sql, Object... values) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(values).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows);
        }
    }

}
