package nl.dialoog.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Checks answers against an event's questions; the first broken rule is thrown with the question's field name. */
final class AnswerRules {

    private AnswerRules() {
    }

    /** The answers to keep: stripped, blanks dropped, only known questions. */
    static Map<Long, List<String>> check(List<Question> questions, Map<Long, List<String>> given) {
        Map<Long, List<String>> kept = new LinkedHashMap<>();
        for (Question question : questions) {
            String field = "answers." + question.id();
            List<String> values = new ArrayList<>(new LinkedHashSet<>(given.getOrDefault(question.id(), List.of())
                    .stream().filter(value -> value != null && !value.isBlank()).map(String::strip).toList()));
            if (values.isEmpty()) {
                if (question.required()) {
                    throw new InvalidRegistration(field, "registration.error.answerRequired");
                }
                continue;
            }
            if (!question.kind().isMultiple() && values.size() > 1) {
                throw new InvalidRegistration(field, "registration.error.unknownChoice");
            }
            if (question.kind().isChoice()) {
                List<String> keys = Choices.keys(question);
                if (!keys.containsAll(values)) {
                    throw new InvalidRegistration(field, "registration.error.unknownChoice");
                }
            } else if (values.getFirst().length() > question.kind().maxLength()) {
                throw new InvalidRegistration(field, question.kind() == QuestionKind.LONG_TEXT
                        ? "registration.error.answerTooLongLong" : "registration.error.answerTooLong");
            }
            kept.put(question.id(), List.copyOf(values));
        }
        return kept;
    }
}
