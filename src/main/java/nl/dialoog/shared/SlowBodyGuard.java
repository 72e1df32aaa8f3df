package nl.dialoog.shared;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Keeps clients that send a request body slowly, or never, from taking every request thread. Tomcat reads request
 * headers without holding a thread, but a body is read by the request's own thread, which blocks while the client
 * is silent: 48 clients that announce a body and stall would hold all 48 threads and every page would wait. So:
 * <ul>
 *   <li>at most {@code maxBodyRequests} requests with a body run at once; one more gets 503 at once and its
 *       connection is closed without reading the rest of its body, so the other threads stay free for pages;</li>
 *   <li>a body that stays silent for {@code bodyReadTimeout} ends its connection (Tomcat's
 *       {@code connectionUploadTimeout}; without it Tomcat would wait the full connection timeout of 60 s).</li>
 * </ul>
 * A reverse proxy that buffers request bodies (nginx does by default) reads slow bodies itself, so behind one
 * neither limit is ever reached by a person.
 */
@Component
class SlowBodyGuard implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final SharedSettings settings;
    private final MessageSource messages;

    SlowBodyGuard(SharedSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new BodyPermits(settings.maxBodyRequests(), messages));
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setDisableUploadTimeout(false);
                http.setConnectionUploadTimeout(Math.toIntExact(settings.bodyReadTimeout().toMillis()));
            }
        });
    }

    /** Lets a limited number of requests with a body in at once; asynchronous requests pass (SSE, the room). */
    static final class BodyPermits extends ValveBase {

        private final Semaphore permits;

        private final MessageSource messages;

        BodyPermits(int permits, MessageSource messages) {
            super(true);
            this.permits = new Semaphore(permits);
            this.messages = messages;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
                getNext().invoke(request, response);
                return;
            }
            if (!permits.tryAcquire()) {
                refuse(request, response);
                return;
            }
            try {
                getNext().invoke(request, response);
            } finally {
                permits.release();
            }
        }

        /**
         * Answers 503 here, without the error page: its dispatch runs the security filters, which would read the
         * form body to find the CSRF token, and wait for the very body this client does not send.
         */
        private void refuse(Request request, Response response) throws IOException {
            // Tomcat would otherwise read ("swallow") the rest of the body before closing, on this thread
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            response.setStatus(503);
            response.setHeader("Retry-After", "5");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(messages.getMessage("shared.error.busy", null, request.getLocale()));
        }
    }
}
