package nl.dialoog.room.web;

import nl.dialoog.room.live.RoomSessions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room's socket at {@code /room/socket}; same-origin only (Spring's default without allowed origins). Tomcat's
 * default 8 KB message buffer stays: commands are small, and Tomcat reserves the buffer per connection.
 * {@code dialoog.room.websocket=false} leaves the socket out, for a proxy that breaks WebSockets: every client then
 * uses Server-Sent Events and POST, as it does by itself where sockets are blocked.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dialoog.room.websocket", havingValue = "true", matchIfMissing = true)
@EnableWebSocket
class RoomSocketConfig implements WebSocketConfigurer {

    private final RoomSessions sessions;
    private final JsonMapper json;

    RoomSocketConfig(RoomSessions sessions, JsonMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(new RoomSocket(sessions, json), "/room/socket");
    }
}
