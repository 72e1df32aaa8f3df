package nl.dialoog.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import nl.dialoog.registration.Availability;
import nl.dialoog.shared.KeptCopies;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The public registration form as finished HTML. During a registration rush everybody asks for the same page, and
 * rendering it was most of the server's work per participant (bench/README.md); yet only two values in it differ
 * per visitor: the CSRF token and the signed time stamp of the bot check. So the page is rendered once through its
 * template with the first visitor's values, those two are cut out, and every later visitor with the same {@link Key}
 * gets the same text with their own values put in. The key holds everything else the page shows (the event's and
 * the options' versions, which every change raises, whether registration is open or full, the language), so a
 * kept page is never stale; pages for signed-in people or with an invite code are rendered every time.
 */
@Component
class FormPages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** Magic, deflate, no flags, no time, fastest, unknown system. */
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 4, (byte) 0xff};

    /** How many pages are kept; the least recently used goes first. */
    static final int SIZE = 128;

    /** Everything a kept page depends on besides the two per-visitor values. */
    record Key(long eventId, long eventVersion, long optionsVersion, Availability availability, String language) {
    }

    /** A visitor's own values. */
    record Visitor(String csrfToken, String stamp) {
    }

    /** A rendered page cut at the visitor's values: text, a value, text, a value, …, text. */
    private record Page(List<String> texts, List<Boolean> csrfAt, int length) {

        static Optional<Page> cut(String html, Visitor visitor) {
            List<String> texts = new ArrayList<>();
            List<Boolean> csrfAt = new ArrayList<>();
            int from = 0;
            while (true) {
                int csrf = html.indexOf(visitor.csrfToken(), from);
                int stamp = html.indexOf(visitor.stamp(), from);
                if (csrf < 0 && stamp < 0) {
                    break;
                }
                boolean isCsrf = stamp < 0 || csrf >= 0 && csrf < stamp;
                int at = isCsrf ? csrf : stamp;
                texts.add(html.substring(from, at));
                csrfAt.add(isCsrf);
                from = at + (isCsrf ? visitor.csrfToken() : visitor.stamp()).length();
            }
            texts.add(html.substring(from));
            // a form without either value would be a page nobody can send: never keep that
            return csrfAt.contains(true) && csrfAt.contains(false)
                    ? Optional.of(new Page(List.copyOf(texts), List.copyOf(csrfAt), html.length()))
                    : Optional.empty();
        }

        String fill(Visitor visitor) {
            StringBuilder html = new StringBuilder(length + 64);
            for (int i = 0; i < csrfAt.size(); i++) {
                html.append(texts.get(i)).append(csrfAt.get(i) ? visitor.csrfToken() : visitor.stamp());
            }
            return html.append(texts.getLast()).toString();
        }
    }

    private final ThymeleafViewResolver views;
    private final KeptCopies<Key, Page> pages = new KeptCopies<>(SIZE);

    FormPages(ThymeleafViewResolver views) {
        this.views = views;
    }

    /** The kept page for this key with the visitor's values, if one is kept. */
    Optional<String> kept(Key key, Visitor visitor) {
        return pages.get(key, page -> true).map(page -> page.fill(visitor));
    }

    /**
     * Renders the form's template with this model (which carries the visitor's values) as the view would, and keeps
     * the result under {@code key} unless it is null.
     */
    String render(Key key, Visitor visitor, Map<String, Object> model, Locale locale, HttpServletRequest request,
                  HttpServletResponse response) throws Exception {
        View view = views.resolveViewName("registration/form", locale);
        Captured captured = new Captured(response);
        view.render(model, request, captured);
        String html = captured.text();
        if (key != null) {
            Page.cut(html, visitor).ifPresent(page -> pages.keep(key, page));
        }
        return html;
    }

    /**
     * The page as a response: gzip-compressed here, at the fastest level, when the browser accepts it. Tomcat's own
     * compression (which leaves a response alone that already has a Content-Encoding) uses zlib's default level,
     * which spends ≈ 0.8 ms on this page's long, repetitive time-zone list; the fastest level takes ≈ 0.1 ms for a
     * result ≈ 15 % larger.
     */
    static ResponseEntity<byte[]> response(String html, String acceptEncoding) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(HTML).header(HttpHeaders.VARY,
                HttpHeaders.ACCEPT_ENCODING);
        if (!acceptsGzip(acceptEncoding)) {
            return response.body(bytes);
        }
        return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzip(bytes));
    }

    /** RFC 1952: a header, the raw deflate stream, the CRC-32 and the length. */
    private static byte[] gzip(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 32);
            out.writeBytes(GZIP_HEADER);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            CRC32 crc = new CRC32();
            crc.update(bytes);
            for (long value : new long[] {crc.getValue(), bytes.length}) {
                for (int shift = 0; shift < 32; shift += 8) {
                    out.write((int) (value >>> shift) & 0xff);
                }
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("(?i)q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** A response whose text goes into a string; headers still reach the real response. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(48 * 1024);
        private final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            throw new IllegalStateException("the form is rendered as text");
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
