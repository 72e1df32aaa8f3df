package nl.dialoog.registration.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.dialoog.registration.InvalidRegistration;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;

/** Checks answers against an event's questions; every broken rule is thrown at once, each with its question's field. */
public final class AnswerRules {

    private AnswerRules() {
    }

    /** The answers to keep: stripped, blanks dropped, only known questions. */
    public static Map<Long, List<String>> check(List<Question> questions, Map<Long, List<String>> given) {
        Map<Long, List<String>> kept = new LinkedHashMap<>();
        List<InvalidRegistration.Problem> problems = new ArrayList<>();
        for (Question question : questions) {
            String field = "answers." + question.id();
            List<String> values = new ArrayList<>(new LinkedHashSet<>(given.getOrDefault(question.id(), List.of())
                    .stream().filter(value -> value != null && !value.isBlank()).map(String::strip).toList()));
            String broken = broken(question, values);
            if (broken != null) {
                problems.add(new InvalidRegistration.Problem(field, broken));
            } else if (!values.isEmpty()) {
                kept.put(question.id(), List.copyOf(values));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistration(problems);
        }
        return kept;
    }

    /** The message key of the rule the answer breaks, or null. */
    private static String broken(Question question, List<String> values) {
        if (values.isEmpty()) {
            return question.required() ? "registration.error.answerRequired" : null;
        }
        if (!question.kind().isMultiple() && values.size() > 1) {
            return "registration.error.unknownChoice";
        }
        if (question.kind().isChoice()) {
            return Choices.keys(question).containsAll(values) ? null : "registration.error.unknownChoice";
        }
        if (values.getFirst().length() > question.kind().maxLength()) {
            return question.kind() == QuestionKind.LONG_TEXT ? "registration.error.answerTooLongLong"
                    : "registration.error.answerTooLong";
        }
        return null;
    }
}
