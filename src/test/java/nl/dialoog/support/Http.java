package nl.dialoog.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * A client for tests against the real server on 127.0.0.1 (error pages and filters only run in a servlet container,
 * not in MockMvc). It keeps cookies like a browser, so a second request carries what the first one set.
 */
public final class Http {

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A request to a path on the server, e.g. {@code request("/no-such-page").header("Accept", "text/html")}. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    /** A GET as a browser sends it: HTML wanted, in the given Accept-Language. */
    public HttpResponse<String> page(String path, String acceptLanguage) {
        return send(request(path).header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", acceptLanguage));
    }

    /**
     * Opens a form page, then posts the fields with that page's CSRF token, as a browser would (Spring Security
     * refuses a post without it). Redirects are not followed, so a test sees where the post leads.
     */
    public HttpResponse<String> submit(String formPath, String postPath, Map<String, String> fields) {
        String token = Jsoup.parse(send(request(formPath)).body()).select("input[name=_csrf]").val();
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("_csrf", token);
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(postPath).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The body as it came over the wire: with Accept-Encoding: gzip, the compressed bytes. */
    public HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends bytes exactly as given, for requests that java.net.http refuses to build (a malformed URL such as
     * {@code /?lang=%%%}). Returns the whole response, status line first. Lines end in CRLF; a {@code Host} header
     * among {@code headers} replaces the server's own (to forge one).
     */
    public String raw(String requestLine, String... headers) {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            boolean host = java.util.Arrays.stream(headers)
                    .anyMatch(header -> header.regionMatches(true, 0, "Host:", 0, 5));
            StringBuilder request = new StringBuilder(requestLine)
                    .append(host ? "" : "\r\nHost: " + uri.getHost()).append("\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Like {@link #raw(String, String...)}, with a body of any bytes; adds {@code Content-Length} and {@code Connection: close} unless
     * the headers name them. Header text is sent as ISO-8859-1, so {@code "\u00ff"} becomes the byte 0xFF.
     */
    public String rawWithBody(String requestLine, byte[] body, String... headers) {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: ").append(uri.getHost())
                    .append("\r\n");
            boolean connection = false;
            boolean length = false;
            for (String header : headers) {
                String name = header.toLowerCase(java.util.Locale.ROOT);
                connection |= name.startsWith("connection:");
                length |= name.startsWith("content-length:") || name.startsWith("transfer-encoding:");
                request.append(header).append("\r\n");
            }
            if (!connection) {
                request.append("Connection: close\r\n");
            }
            if (!length && body != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            var out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            // the server reading a body that never comes sees its end at once, instead of waiting for a timeout
            socket.shutdownOutput();
            java.io.ByteArrayOutputStream response = new java.io.ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(response);
            } catch (java.net.SocketException | java.net.SocketTimeoutException cut) {
                // the server answered and closed (a refused body), or keeps the connection: what came is the answer
            }
            return response.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status code of a raw response. */
    public static int status(String rawResponse) {
        return Integer.parseInt(rawResponse.split(" ", 3)[1]);
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    public String base() {
        return base;
    }
}
