package nl.dialoog.room.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import nl.dialoog.room.live.RoomSessions;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
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
        registry.addHandler(new RoomSocket(sessions, json), "/room/socket").addInterceptors(new ReadableOrigin());
    }

    /**
     * Refuses an upgrade whose {@code Origin} is no address at all ({@code http://a b}, {@code http://%zz}) with
     * 403, as a foreign origin is refused, and one whose headers cannot be read with 400: Spring's same-origin
     * check, which runs next, would fail on them with a 500.
     */
    static final class ReadableOrigin implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                       WebSocketHandler handler, Map<String, Object> attributes) {
            String origin;
            try {
                origin = request.getHeaders().getOrigin();
            } catch (IllegalArgumentException unreadable) {
                // headers Spring cannot represent (Content-Type: */*): no upgrade a browser would send
                response.setStatusCode(HttpStatus.BAD_REQUEST);
                return false;
            }
            if (origin == null || readable(origin)) {
                return true;
            }
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Exception failure) {
        }

        private static boolean readable(String origin) {
            try {
                UriComponentsBuilder.fromUriString(origin).build();
                URI uri = new URI(origin);
                return uri.getScheme() != null && uri.getHost() != null;
            } catch (URISyntaxException | IllegalArgumentException unreadable) {
                return false;
            }
        }
    }
}
