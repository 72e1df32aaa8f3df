package nl.dialoog.room.poll;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.protocol.PollCommand;
import tools.jackson.databind.JsonNode;

/** A poll as a moderator writes it: a question and 2–10 distinct options, single or multiple choice. */
record PollDraft(String question, boolean multiple, List<String> options) {

    static final int QUESTION_MAX = 300;
    static final int OPTION_MAX = 200;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 10;

    /** Reads and checks {@code {question, multiple, options: [text…]}}; refuses anything else, naming why. */
    static PollDraft read(PollCommand.Create body) {
        String question = body.question().strip();
        if (question.isEmpty()) {
            throw new RoomRefusal("room.poll.error.noQuestion");
        }
        if (length(question) > QUESTION_MAX) {
            throw new RoomRefusal("room.poll.error.questionTooLong", String.valueOf(QUESTION_MAX));
        }
        JsonNode given = body.options();
        if (given == null || !given.isArray()) {
            throw new RoomRefusal("room.poll.error.optionCount", String.valueOf(MIN_OPTIONS),
                    String.valueOf(MAX_OPTIONS));
        }
        List<String> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : given) {
            String option = node.isString() ? node.asString().strip() : "";
            if (option.isEmpty()) {
                continue;
            }
            if (length(option) > OPTION_MAX) {
                throw new RoomRefusal("room.poll.error.optionTooLong", String.valueOf(OPTION_MAX));
            }
            if (!seen.add(option.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
                throw new RoomRefusal("room.poll.error.sameOption", option);
            }
            options.add(option);
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new RoomRefusal("room.poll.error.optionCount", String.valueOf(MIN_OPTIONS),
                    String.valueOf(MAX_OPTIONS));
        }
        return new PollDraft(question, body.multiple(), List.copyOf(options));
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
