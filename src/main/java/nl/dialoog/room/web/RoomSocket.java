package nl.dialoog.room.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import nl.dialoog.room.live.Connection;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomSessions;
import nl.dialoog.room.protocol.SocketMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room over WebSocket. The first message must be {@code hello} with the page's pass, the last sequence number
 * the client has and its language; after that every message is a command (or {@code resume}), answered through
 * the connection's own queue so that answers and room frames keep their order.
 */
class RoomSocket extends TextWebSocketHandler {

    private static final String CONNECTION = "room.connection";
    private static final String HELLO = SocketMessage.typeOf(SocketMessage.Hello.class);
    private static final String RESUME = SocketMessage.typeOf(SocketMessage.Resume.class);
    private static final String PING = SocketMessage.typeOf(SocketMessage.Ping.class);
    static final CloseStatus REFUSED = new CloseStatus(4403, "pass refused");
    /** Over a limit (too many connections, or reconnecting too often): the client waits, then tries again. */
    static final CloseStatus LIMITED = new CloseStatus(4429, "too many connections");

    private final RoomSessions sessions;
    private final JsonMapper json;

    RoomSocket(RoomSessions sessions, JsonMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(message.getPayload());
        } catch (JacksonException garbled) {
            session.close(CloseStatus.BAD_DATA);
            return;
        }
        Connection connection = (Connection) session.getAttributes().get(CONNECTION);
        String type = body.path("type").asString("");
        if (connection == null) {
            if (!HELLO.equals(type)) {
                session.close(CloseStatus.POLICY_VIOLATION);
                return;
            }
            SocketMessage.Hello hello = read(body, SocketMessage.Hello.class);
            if (hello == null) {
                session.close(CloseStatus.BAD_DATA);
                return;
            }
            Optional<Participant> participant = sessions.admit(hello.pass());
            if (participant.isEmpty()) {
                session.close(REFUSED);
                return;
            }
            Locale locale = RoomStream.locale(hello.lang());
            try {
                session.getAttributes().put(CONNECTION, sessions.open(participant.get(), hello.since(), locale,
                        new SocketSink(session)));
            } catch (RoomRefusal overLimit) {
                session.sendMessage(new TextMessage("[" + sessions.limitFrame(overLimit, locale) + "]"));
                session.close(LIMITED);
            }
            return;
        }
        if (RESUME.equals(type)) {
            SocketMessage.Resume resume = read(body, SocketMessage.Resume.class);
            sessions.resume(connection, resume == null ? 0 : resume.since());
        } else if (PING.equals(type)) {
            connection.offer("[]");
        } else {
            connection.offer("[" + sessions.command(connection.actor().participantId(), connection.locale(), body)
                    + "]");
        }
    }

    /** The message as its record, or null when it cannot be read at all. */
    private <T extends SocketMessage> T read(JsonNode body, Class<T> type) {
        try {
            return SocketMessage.reader(json, type).readValue(body);
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection connection = (Connection) session.getAttributes().remove(CONNECTION);
        if (connection != null) {
            sessions.close(connection);
        }
    }

    private record SocketSink(WebSocketSession session) implements Connection.Sink {

        @Override
        public void send(String batch) throws IOException {
            session.sendMessage(new TextMessage(batch));
        }

        @Override
        public void close() {
            close(CloseStatus.GOING_AWAY);
        }

        @Override
        public void refuse() {
            close(REFUSED);
        }

        private void close(CloseStatus status) {
            try {
                session.close(status);
            } catch (IOException alreadyGone) {
                // the client went first; nothing to tell it
            }
        }
    }
}
