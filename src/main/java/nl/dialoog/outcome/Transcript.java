package nl.dialoog.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.dialoog.outcome.analysis.LanguageGuess;
import nl.dialoog.room.RoomRecord;

/** Everything said in the room, in order: chat, questions and statements, each with its language and author. */
final class Transcript {

    private Transcript() {
    }

    static String messageId(long id) {
        return "m" + id;
    }

    static String questionId(long id) {
        return "q" + id;
    }

    static String statementId(long id) {
        return "s" + id;
    }

    static List<Report.Contribution> of(RoomRecord record, Voices voices, Map<Long, String> languageOf) {
        List<Report.Contribution> all = new ArrayList<>();
        for (RoomRecord.Chat chat : record.chat()) {
            all.add(new Report.Contribution(messageId(chat.id()), "message", chat.at(),
                    voices.author(chat.personId(), false), voices.role(chat.personId()),
                    language(chat.body(), languageOf.get(chat.personId())), chat.body(),
                    chat.replyTo() == null ? null : messageId(chat.replyTo()), null, null));
        }
        for (RoomRecord.Question question : record.questions()) {
            all.add(new Report.Contribution(questionId(question.id()), "question", question.at(),
                    voices.author(question.personId(), question.anonymous()),
                    question.anonymous() ? "" : voices.role(question.personId()),
                    language(question.body(), languageOf.get(question.personId())), question.body(),
                    question.mergedInto() == null ? null : questionId(question.mergedInto()), question.upvotes(),
                    question.state()));
        }
        for (RoomRecord.Statement statement : record.statements()) {
            all.add(new Report.Contribution(statementId(statement.id()), "statement", statement.at(),
                    statement.seeded() ? voices.author(statement.personId(), false) : "",
                    statement.seeded() ? voices.role(statement.personId()) : "",
                    language(statement.body(), languageOf.get(statement.personId())), statement.body(), null,
                    null, null));
        }
        all.sort(Comparator.comparing(Report.Contribution::at).thenComparing(Report.Contribution::id));
        return all;
    }

    private static String language(String text, String fallback) {
        return LanguageGuess.guess(text, fallback == null || fallback.isBlank() ? "en" : fallback);
    }
}
