package nl.dialoog.room;

import static nl.dialoog.room.RoomBrowserTests.awaitChat;
import static nl.dialoog.room.RoomBrowserTests.awaitConnected;
import static nl.dialoog.room.RoomBrowserTests.say;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.dialoog.event.EventView;
import nl.dialoog.room.live.RoomHub;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * A drop long enough for two socket attempts to fail puts the page in compatibility mode (Server-Sent Events); once
 * sockets get through again it goes back to the WebSocket by itself, without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoomSocketReturnBrowserTests {

    /** While set, the server refuses socket upgrades, as a network that lets only plain HTTP through would. */
    static final AtomicBoolean SOCKETS_BLOCKED = new AtomicBoolean();

    @TestConfiguration(proxyBeanMethods = false)
    static class SocketSwitch {

        @Bean
        FilterRegistrationBean<Filter> socketSwitch() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                if (SOCKETS_BLOCKED.get() && "/room/socket".equals(((HttpServletRequest) request).getRequestURI())) {
                    ((HttpServletResponse) response).sendError(503);
                    return;
                }
                chain.doFilter(request, response);
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    RoomHub hub;

    @AfterEach
    void unblock() {
        SOCKETS_BLOCKED.set(false);
    }

    @Test
    void goesBackToTheWebSocketOnceItWorksAgain() {
        EventView event = fixture.openEvent();
        String token = fixture.register(event, "Ama Mensah");
        try (Browser browser = Browser.open(Browser.Visitor.PHONE.language("en"))) {
            ChromeDriver attendee = browser.driver();
            attendee.get("http://127.0.0.1:" + port + "/join/" + token);
            awaitConnected(attendee);

            SOCKETS_BLOCKED.set(true);
            hub.disconnectAll();
            awaitState(attendee, "fallback", Duration.ofSeconds(40));
            say(attendee, "Said in compatibility mode");
            awaitChat(attendee, "Said in compatibility mode");
            SOCKETS_BLOCKED.set(false);

            // the first probe comes 7.5–12.5 s after the stream connected
            awaitState(attendee, "online", Duration.ofSeconds(40));
            say(attendee, "Said over the socket again");
            awaitChat(attendee, "Said over the socket again");
        }
    }

    private static void awaitState(ChromeDriver driver, String state, Duration limit) {
        new WebDriverWait(driver, limit).until(d ->
                state.equals(d.findElement(By.id("room-status")).getAttribute("data-state")));
    }
}
