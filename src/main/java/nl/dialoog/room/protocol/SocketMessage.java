package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a WebSocket client says besides commands: {@code hello} first (its pass, the last number it has, its
 * language), then {@code resume} after a gap it noticed, and {@code ping} to keep an idle connection open.
 */
public sealed interface SocketMessage {

    @JsonTypeName("hello")
    record Hello(String pass, long since, String lang) implements SocketMessage {

        public Hello {
            pass = Command.text(pass);
            lang = Command.text(lang);
        }
    }

    @JsonTypeName("resume")
    record Resume(long since) implements SocketMessage {
    }

    @JsonTypeName("ping")
    record Ping() implements SocketMessage {
    }

    static String typeOf(Class<? extends SocketMessage> type) {
        return type.getAnnotation(JsonTypeName.class).value();
    }

    /** Read as commands are: a field left out or of the wrong kind is empty (since 0: a snapshot). */
    static ObjectReader reader(JsonMapper json, Class<? extends SocketMessage> type) {
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withHandler(new UnreadableAsEmpty());
    }
}
