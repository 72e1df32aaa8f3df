package nl.dialoog.room.web;

import nl.dialoog.room.live.RoomSessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/** The room's socket at {@code /room/socket}; same-origin only (Spring's default without allowed origins). */
@Configuration(proxyBeanMethods = false)
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

    /** Commands are small; 8 KB buffers keep 5,000 connections affordable (Tomcat reserves them per session). */
    @Bean
    ServletServerContainerFactoryBean roomSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(8192);
        container.setMaxSessionIdleTimeout(120_000L);
        return container;
    }
}
