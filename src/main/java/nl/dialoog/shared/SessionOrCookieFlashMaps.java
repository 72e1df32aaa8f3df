package nl.dialoog.shared;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.util.UrlPathHelper;

/**
 * Where a redirect's flash attributes wait for the next page: in the server session when the visitor has one,
 * otherwise in a short-lived cookie. Spring keeps them in the session, so a registration (its "done" page learns
 * the outcome this way) made a server session for every anonymous visitor. The cookie holds only texts (the
 * outcome, the person's own manage link) that this browser may see anyway; a changed cookie shows nothing another
 * person could not see by typing it. Anything other than text still goes to the session.
 */
final class SessionOrCookieFlashMaps implements FlashMapManager {

    static final String COOKIE = "dialoog-flash";
    private static final Duration KEPT = Duration.ofMinutes(3);

    private final FlashMapManager session;

    SessionOrCookieFlashMaps(FlashMapManager session) {
        this.session = session;
    }

    @Override
    public FlashMap retrieveAndUpdate(HttpServletRequest request, HttpServletResponse response) {
        FlashMap fromSession = request.getSession(false) != null ? session.retrieveAndUpdate(request, response)
                : null;
        if (fromSession != null) {
            return fromSession;
        }
        FlashMap flash = read(request);
        if (flash == null || flash.getTargetRequestPath() != null
                && !flash.getTargetRequestPath().equals(UrlPathHelper.defaultInstance.getOriginatingRequestUri(request))) {
            return null;
        }
        write(response, request.isSecure(), "", Duration.ZERO);
        return flash;
    }

    @Override
    public void saveOutputFlashMap(FlashMap flash, HttpServletRequest request, HttpServletResponse response) {
        if (flash.isEmpty()) {
            return;
        }
        boolean texts = flash.values().stream().allMatch(String.class::isInstance);
        if (request.getSession(false) != null || !texts || flash.getTargetRequestPath() == null) {
            session.saveOutputFlashMap(flash, request, response);
            return;
        }
        StringJoiner value = new StringJoiner("&", encode(flash.getTargetRequestPath()) + "&", "");
        for (Map.Entry<String, Object> attribute : flash.entrySet()) {
            value.add(encode(attribute.getKey()) + "=" + encode((String) attribute.getValue()));
        }
        write(response, request.isSecure(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(value.toString().getBytes(StandardCharsets.UTF_8)),
                KEPT);
    }

    private static FlashMap read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                try {
                    String[] parts = new String(Base64.getUrlDecoder().decode(cookie.getValue()),
                            StandardCharsets.UTF_8).split("&");
                    FlashMap flash = new FlashMap();
                    flash.setTargetRequestPath(decode(parts[0]));
                    for (int i = 1; i < parts.length; i++) {
                        int equals = parts[i].indexOf('=');
                        if (equals > 0) {
                            flash.put(decode(parts[i].substring(0, equals)), decode(parts[i].substring(equals + 1)));
                        }
                    }
                    return flash;
                } catch (IllegalArgumentException garbled) {
                    return null;
                }
            }
        }
        return null;
    }

    private static void write(HttpServletResponse response, boolean secure, String value, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value).path("/").httpOnly(true)
                .secure(secure).sameSite("Lax").maxAge(maxAge).build().toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Wraps the flash map manager Spring MVC makes (its bean cannot be replaced by a second definition). */
    @Component
    static final class Installer implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            return DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME.equals(name) && bean instanceof FlashMapManager manager
                    && !(bean instanceof SessionOrCookieFlashMaps) ? new SessionOrCookieFlashMaps(manager) : bean;
        }
    }
}
