package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client asks the room to do: {@code {type, ref, …fields}}, read by Jackson into the record whose
 * {@code @JsonTypeName} is the type. A field left out reads as empty (no text, id 0, the stated default), so that
 * checking it stays the handler's job and its refusal names what is wrong.
 */
public sealed interface Command permits ChatCommand, QaCommand, PollCommand, StatementCommand, ModerationCommand,
        SignalCommand, StageCommand {

    /** The type on the wire of a command record. */
    static String typeOf(Class<? extends Command> type) {
        JsonTypeName name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalStateException(type + " names no command type (@JsonTypeName)");
        }
        return name.value();
    }

    /** Every command record. */
    @SuppressWarnings("unchecked")
    static List<Class<? extends Command>> types() {
        List<Class<? extends Command>> records = new ArrayList<>();
        Deque<Class<?>> types = new ArrayDeque<>(Set.of(Command.class));
        while (!types.isEmpty()) {
            Class<?> type = types.pop();
            if (type.isRecord()) {
                records.add((Class<? extends Command>) type);
            } else if (type.isSealed()) {
                types.addAll(List.of(type.getPermittedSubclasses()));
            }
        }
        return records;
    }

    /**
     * How a command is read: a field left out, or of a kind that does not fit (an id that is no number), is 0 or
     * false (texts: empty) rather than a failure, so that the handler's own refusal names what is wrong.
     */
    static ObjectReader reader(JsonMapper json, Class<? extends Command> type) {
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withHandler(new UnreadableAsEmpty());
    }

    /** A text field as sent, or empty when left out. */
    static String text(String value) {
        return value == null ? "" : value;
    }
}
