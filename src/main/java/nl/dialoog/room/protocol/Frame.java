package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the server sends a room's clients: the {@code data} of a frame {@code {seq?, kind, data}}. Its kind is the
 * {@code @JsonTypeName} of the nearest type that carries one (a kind whose data has several shapes, such as a
 * question that is gone, puts it on a sealed interface its shapes implement).
 */
public sealed interface Frame permits ChatFrame, QaFrame, PollFrame, StatementFrame, ModerationFrame, YouFrame,
        SessionFrame, StageFrame {

    /** A frame sent as its kind alone, without {@code data}. */
    interface Bare {
    }

    /** The kind on the wire of a frame type. */
    static String kindOf(Class<?> type) {
        return Kinds.KIND.get(type);
    }

    /** Every kind the server defines. */
    static Set<String> kinds() {
        Set<String> kinds = new TreeSet<>();
        Deque<Class<?>> types = new ArrayDeque<>(Set.of(Frame.class));
        while (!types.isEmpty()) {
            Class<?> type = types.pop();
            if (type.isRecord()) {
                kinds.add(kindOf(type));
            }
            if (type.isSealed()) {
                types.addAll(Set.of(type.getPermittedSubclasses()));
            }
        }
        return kinds;
    }

    /** Finds a frame type's kind once per type. */
    final class Kinds {

        private static final ClassValue<String> KIND = new ClassValue<>() {
            @Override
            protected String computeValue(Class<?> type) {
                String kind = find(type);
                if (kind == null) {
                    throw new IllegalStateException(type + " names no frame kind (@JsonTypeName)");
                }
                return kind;
            }
        };

        private Kinds() {
        }

        private static String find(Class<?> type) {
            JsonTypeName name = type.getAnnotation(JsonTypeName.class);
            if (name != null) {
                return name.value();
            }
            for (Class<?> parent : type.getInterfaces()) {
                if (Frame.class.isAssignableFrom(parent)) {
                    String kind = find(parent);
                    if (kind != null) {
                        return kind;
                    }
                }
            }
            return null;
        }
    }
}
