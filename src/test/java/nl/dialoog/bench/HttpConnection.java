package nl.dialoog.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * One HTTP/1.1 connection of {@link LeanHttp}: a blocking socket (meant for a virtual thread) that writes a request
 * and reads the whole response — status line, the headers the load generators need (names in any case, several
 * Set-Cookie), a body delimited by Content-Length, by chunks or by the end of the connection, gzip decoded. Its
 * buffers and inflater are reused from request to request, so a response is only valid until the next one.
 */
final class HttpConnection {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private boolean closed;

    /** Received bytes not yet parsed: buffer[position, limit). */
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    /** Where the line after the one {@link #readLine()} found starts. */
    private int next;
    /** The body as it came, chunks joined; still compressed if the response is. */
    private byte[] raw = new byte[16 * 1024];
    private int rawLength;
    private byte[] inflated = new byte[64 * 1024];
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();

    // the response being read, or the last one
    private boolean responseStarted;
    private int status;
    private boolean keepAlive;
    private boolean chunked;
    private int contentLength;
    private boolean gzip;
    private String location;
    private final List<String> setCookies = new ArrayList<>(2);
    private byte[] body;
    private int length;

    HttpConnection(InetSocketAddress server, Duration connectTimeout, Duration readTimeout) throws IOException {
        this.socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
            socket.connect(server, Math.toIntExact(connectTimeout.toMillis()));
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /**
     * Writes the request and reads the whole response, decoding a gzip body. After an IOException the connection
     * is of no further use; {@link #responseStarted()} tells whether any byte of a response had come.
     */
    void exchange(byte[] request) throws IOException {
        responseStarted = false;
        out.write(request);
        do {
            readHead();
        } while (status >= 100 && status < 200); // an interim response has no body
        rawLength = 0;
        if (status == 204 || status == 304) {
            // no body, whatever the headers say
        } else if (chunked) {
            readChunks();
        } else if (contentLength >= 0) {
            readRaw(contentLength);
        } else {
            readToEnd();
            keepAlive = false;
        }
        if (gzip && rawLength > 0) {
            length = gunzip(); // may grow inflated
            body = inflated;
        } else {
            body = raw;
            length = rawLength;
        }
        if (position != limit) { // bytes nobody asked for: do not read them as the next response
            keepAlive = false;
        }
    }

    int status() {
        return status;
    }

    /** The Location header, or "" without one. */
    String location() {
        return location;
    }

    /** The value the response sets for the cookie, or null when it sets none. */
    String cookie(String name) {
        for (String cookie : setCookies) {
            if (cookie.startsWith(name) && cookie.length() > name.length() && cookie.charAt(name.length()) == '=') {
                int end = cookie.indexOf(';');
                return cookie.substring(name.length() + 1, end < 0 ? cookie.length() : end).trim();
            }
        }
        return null;
    }

    /** The decoded body: the first {@link #length()} bytes; the array is reused by the next request. */
    byte[] body() {
        return body;
    }

    int length() {
        return length;
    }

    boolean responseStarted() {
        return responseStarted;
    }

    /** Whether the connection can carry another request: HTTP/1.1, no "Connection: close", body well delimited. */
    boolean keepAlive() {
        return keepAlive && !closed;
    }

    void close() {
        if (!closed) {
            closed = true;
            keepAlive = false;
            inflater.end();
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** The status line and the headers this client cares about; names case-insensitive. */
    private void readHead() throws IOException {
        status = 0;
        location = "";
        setCookies.clear();
        chunked = false;
        gzip = false;
        contentLength = -1;
        int end = readLine();
        // "HTTP/1.1 200 " (Tomcat sends no reason phrase)
        if (end - position < 12 || !startsWith(position, "HTTP/1.") || buffer[position + 8] != ' ') {
            throw new ProtocolException("not an HTTP/1.x status line");
        }
        keepAlive = buffer[position + 7] == '1';
        status = digits(position + 9, position + 12);
        position = next;
        while ((end = readLine()) > position) {
            header(position, end);
            position = next;
        }
        position = next;
    }

    private void header(int from, int to) throws IOException {
        int colon = from;
        while (colon < to && buffer[colon] != ':') {
            colon++;
        }
        if (colon == to) {
            throw new ProtocolException("header line without a colon");
        }
        int start = colon + 1;
        while (start < to && (buffer[start] == ' ' || buffer[start] == '\t')) {
            start++;
        }
        int end = to;
        while (end > start && (buffer[end - 1] == ' ' || buffer[end - 1] == '\t')) {
            end--;
        }
        if (nameIs(from, colon, "content-length")) {
            contentLength = digits(start, end);
        } else if (nameIs(from, colon, "transfer-encoding")) {
            chunked = text(start, end).equalsIgnoreCase("chunked");
            if (!chunked) {
                throw new ProtocolException("unsupported Transfer-Encoding " + text(start, end));
            }
        } else if (nameIs(from, colon, "content-encoding")) {
            gzip = text(start, end).equalsIgnoreCase("gzip");
            if (!gzip && !text(start, end).equalsIgnoreCase("identity")) {
                throw new ProtocolException("unsupported Content-Encoding " + text(start, end));
            }
        } else if (nameIs(from, colon, "connection")) {
            keepAlive &= !text(start, end).toLowerCase().contains("close");
        } else if (nameIs(from, colon, "location")) {
            location = text(start, end);
        } else if (nameIs(from, colon, "set-cookie")) {
            setCookies.add(text(start, end));
        }
    }

    private void readChunks() throws IOException {
        while (true) {
            int end = readLine();
            int size = 0;
            int at = position;
            for (; at < end && buffer[at] != ';'; at++) {
                int digit = Character.digit(buffer[at], 16);
                if (digit < 0) {
                    break;
                }
                size = Math.addExact(Math.multiplyExact(size, 16), digit);
            }
            if (at == position) {
                throw new ProtocolException("no chunk size");
            }
            position = next;
            if (size == 0) {
                while (readLine() > position) { // trailer fields, ignored
                    position = next;
                }
                position = next;
                return;
            }
            readRaw(size);
            if (readLine() != position) {
                throw new ProtocolException("chunk longer than its size");
            }
            position = next;
        }
    }

    /** Appends the next n bytes to raw: what is buffered, the rest read straight from the socket. */
    private void readRaw(int n) throws IOException {
        ensureRaw(rawLength + n);
        int buffered = Math.min(n, limit - position);
        System.arraycopy(buffer, position, raw, rawLength, buffered);
        position += buffered;
        rawLength += buffered;
        for (int missing = n - buffered; missing > 0; ) {
            int read = in.read(raw, rawLength, missing);
            if (read < 0) {
                throw new EOFException("connection closed in the middle of a body");
            }
            rawLength += read;
            missing -= read;
        }
    }

    private void readToEnd() throws IOException {
        readRaw(limit - position);
        while (true) {
            ensureRaw(rawLength + 8192);
            int read = in.read(raw, rawLength, raw.length - rawLength);
            if (read < 0) {
                return;
            }
            rawLength += read;
        }
    }

    private void ensureRaw(int size) {
        if (size > raw.length) {
            raw = Arrays.copyOf(raw, Math.max(size, 2 * raw.length));
        }
    }

    /** Decodes a gzip member (RFC 1952) from raw into inflated, checking its CRC and size; returns the length. */
    private int gunzip() throws IOException {
        if (rawLength < 18 || raw[0] != 0x1f || raw[1] != (byte) 0x8b || raw[2] != 8) {
            throw new ZipException("not a gzip body");
        }
        int flags = raw[3];
        int at = 10;
        if ((flags & 4) != 0) { // FEXTRA
            at += 2 + ((raw[at] & 0xff) | (raw[at + 1] & 0xff) << 8);
        }
        if ((flags & 8) != 0) { // FNAME
            at = afterZero(at);
        }
        if ((flags & 16) != 0) { // FCOMMENT
            at = afterZero(at);
        }
        if ((flags & 2) != 0) { // FHCRC
            at += 2;
        }
        if (at > rawLength - 8) {
            throw new ZipException("truncated gzip header");
        }
        inflater.reset();
        inflater.setInput(raw, at, rawLength - at);
        int n = 0;
        try {
            while (!inflater.finished()) {
                if (n == inflated.length) {
                    inflated = Arrays.copyOf(inflated, 2 * inflated.length);
                }
                int produced = inflater.inflate(inflated, n, inflated.length - n);
                if (produced == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ZipException("truncated gzip body");
                }
                n += produced;
            }
        } catch (DataFormatException e) {
            throw new ZipException("corrupt gzip body: " + e.getMessage());
        }
        int trailer = rawLength - inflater.getRemaining();
        crc.reset();
        crc.update(inflated, 0, n);
        if (inflater.getRemaining() != 8 || littleEndian(trailer) != (int) crc.getValue()
                || littleEndian(trailer + 4) != n) {
            throw new ZipException("gzip trailer does not match the body");
        }
        return n;
    }

    private int afterZero(int at) {
        while (at < rawLength && raw[at] != 0) {
            at++;
        }
        return at + 1;
    }

    private int littleEndian(int at) {
        return (raw[at] & 0xff) | (raw[at + 1] & 0xff) << 8 | (raw[at + 2] & 0xff) << 16 | (raw[at + 3] & 0xff) << 24;
    }

    /**
     * Reads (when needed) to the end of the line at position and returns where its content ends, without the
     * "\r\n" or "\n"; the next line starts at {@code next}. An empty line returns position itself.
     */
    private int readLine() throws IOException {
        int scan = position;
        while (true) {
            for (; scan < limit; scan++) {
                if (buffer[scan] == '\n') {
                    next = scan + 1;
                    return scan > position && buffer[scan - 1] == '\r' ? scan - 1 : scan;
                }
            }
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                scan -= position;
                limit -= position;
                position = 0;
            } else if (limit == buffer.length) {
                throw new ProtocolException("header line longer than " + buffer.length + " bytes");
            }
            fill();
        }
    }

    private void fill() throws IOException {
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            throw new EOFException(responseStarted ? "connection closed in the middle of a response"
                    : "connection closed before the response");
        }
        responseStarted = true;
        limit += read;
    }

    private boolean startsWith(int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (buffer[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether buffer[from, to) is the lower-case header name given, in any case. */
    private boolean nameIs(int from, int to, String lowerCase) {
        if (to - from != lowerCase.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            if ((buffer[from + i] | 0x20) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int digits(int from, int to) throws ProtocolException {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = buffer[i] - '0';
            if (digit < 0 || digit > 9 || value > (Integer.MAX_VALUE - digit) / 10) {
                throw new ProtocolException("not a number: " + text(from, to));
            }
            value = value * 10 + digit;
        }
        if (from == to) {
            throw new ProtocolException("empty number");
        }
        return value;
    }

    private String text(int from, int to) {
        return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
