package nl.dialoog.registration.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.dialoog.event.EditableEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The HTML part of a previewed mail, shown in a sandboxed frame from its own address with its own policy (no
 * scripts, nothing loaded from elsewhere, but the inline styles mails are written with), as the outbox shows a sent
 * mail. Why not {@code srcdoc}: a frame written in the page inherits the page's policy, which forbids inline styles,
 * so the preview would not look like the mail. The previewed HTML is kept in the organiser's session, the last few
 * only, under a random key, for the event it belongs to.
 */
@Controller
class MailPreviews {

    static final String BODY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "sandbox; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";
    private static final String ATTRIBUTE = MailPreviews.class.getName();
    private static final int KEPT = 12;

    private record Kept(long eventId, String html) {
    }

    /** Keeps the HTML of a previewed mail of the event for the frame; returns the frame's key. */
    static String keep(HttpSession session, long eventId, String html) {
        String key = UUID.randomUUID().toString();
        synchronized (session) {
            kept(session).put(key, new Kept(eventId, html));
            session.setAttribute(ATTRIBUTE, session.getAttribute(ATTRIBUTE)); // replicated sessions see the change
        }
        return key;
    }

    @GetMapping("/organiser/events/{id}/mail-preview/{key}")
    @ResponseBody
    ResponseEntity<String> body(EditableEvent editable, @PathVariable String key, HttpSession session) {
        Kept kept;
        synchronized (session) {
            kept = kept(session).get(key);
        }
        if (kept == null || kept.eventId() != editable.id().value()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", BODY_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(kept.html());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Kept> kept(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        if (kept instanceof Map<?, ?> map) {
            return (Map<String, Kept>) map;
        }
        Map<String, Kept> fresh = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > KEPT;
            }
        };
        session.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }
}
