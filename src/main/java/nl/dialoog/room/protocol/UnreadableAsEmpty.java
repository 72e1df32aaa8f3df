package nl.dialoog.room.protocol;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Reads a scalar field that does not fit its type ({@code "id": "nope"}, {@code "text": {…}}) as if it were left
 * out: 0, false, or null (which the command's record turns into its default). The handler then refuses the command
 * for what it is, with its own message ("no such poll"), as the room did when it read fields one by one.
 */
final class UnreadableAsEmpty extends DeserializationProblemHandler {

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> type, String value, String failure) {
        return empty(type);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> type, Number value, String failure) {
        return empty(type);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType type, JsonToken token,
                                        JsonParser parser, String failure) {
        Object empty = empty(type.getRawClass());
        if (empty != NOT_HANDLED && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            parser.skipChildren();
        }
        return empty;
    }

    private static Object empty(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == Long.class || type == Integer.class || type == Boolean.class || type == String.class) {
            return null;
        }
        return NOT_HANDLED;
    }
}
