package nl.dialoog.room.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;

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
}
