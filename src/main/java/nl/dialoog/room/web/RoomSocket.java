package nl.dialoog.room.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import nl.dialoog.room.live.Connection;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomSessions;
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
            if (!"hello".equals(type)) {
                session.close(CloseStatus.POLICY_VIOLATION);
                return;
            }
            Optional<Participant> participant = sessions.admit(body.path("pass").asString(""));
            if (participant.isEmpty()) {
                session.close(REFUSED);
                return;
            }
            Locale locale = RoomStream.locale(body.path("lang").asString(""));
            try {
                session.getAttributes().put(CONNECTION, sessions.open(participant.get(),
                        body.path("since").asLong(0), locale, new SocketSink(session)));
            } catch (RoomRefusal overLimit) {
                session.sendMessage(new TextMessage("[" + sessions.limitFrame(overLimit, locale) + "]"));
                session.close(LIMITED);
            }
            return;
        }
        switch (type) {
            case "resume" -> sessions.resume(connection, body.path("since").asLong(0));
            case "ping" -> connection.offer("[]");
            default -> connection.offer("[" + sessions.command(connection.actor().participantId(),
                    connection.locale(), body) + "]");
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
