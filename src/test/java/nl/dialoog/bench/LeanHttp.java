package nl.dialoog.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

/**
 * A small HTTP/1.1 client for a load generator that shares the machine with the server it measures: a pool of
 * keep-alive {@link HttpConnection}s to one server, used from virtual threads, one request per connection at a time.
 * It costs a fraction of the JDK HttpClient's CPU per request because it does only that: no TLS, redirects,
 * proxies, cookie store, HEAD or {@code Expect: 100-continue}; the caller writes the request bytes itself.
 */
final class LeanHttp implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Well inside Tomcat's keep-alive timeout (60 s): a connection taken from the pool has not been dropped idle. */
    private static final long MAX_IDLE_NANOS = Duration.ofSeconds(5).toNanos();

    private final InetSocketAddress server;
    private final Duration readTimeout;
    private final Semaphore connections;
    /** Idle connections, the most recently used first, so that a slow open loop keeps reusing a few warm ones. */
    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();

    LeanHttp(InetSocketAddress server, int maxConnections, Duration readTimeout) {
        this.server = server;
        this.readTimeout = readTimeout;
        this.connections = new Semaphore(maxConnections);
    }

    /**
     * Sends one request (request line, headers, blank line and body, as bytes) and reads the whole response; closing
     * the response gives its connection back. The server may close an idle keep-alive connection at any time, so an
     * idempotent request that fails on a reused connection before any byte of the response is sent once more on a
     * new one; any other request is not resent, since it may have reached the server: its failure is thrown.
     */
    Response send(byte[] request, boolean idempotent) throws IOException {
        connections.acquireUninterruptibly();
        HttpConnection connection = null;
        try {
            connection = takeIdle();
            boolean reused = connection != null;
            if (!reused) {
                connection = new HttpConnection(server, CONNECT_TIMEOUT, readTimeout);
            }
            try {
                connection.exchange(request);
            } catch (IOException e) {
                connection.close();
                if (!reused || !idempotent || connection.responseStarted()) {
                    throw e;
                }
                connection = new HttpConnection(server, CONNECT_TIMEOUT, readTimeout);
                connection.exchange(request);
            }
            return new Response(connection);
        } catch (IOException | RuntimeException e) {
            if (connection != null) {
                connection.close();
            }
            connections.release();
            throw e;
        }
    }

    private HttpConnection takeIdle() {
        for (Idle taken; (taken = idle.pollFirst()) != null; ) {
            if (System.nanoTime() - taken.since() < MAX_IDLE_NANOS) {
                return taken.connection();
            }
            taken.connection().close();
        }
        return null;
    }

    private void giveBack(HttpConnection connection) {
        if (connection.keepAlive()) {
            idle.offerFirst(new Idle(connection, System.nanoTime()));
        } else {
            connection.close();
        }
        connections.release();
    }

    @Override
    public void close() {
        for (Idle taken; (taken = idle.pollFirst()) != null; ) {
            taken.connection().close();
        }
    }

    private record Idle(HttpConnection connection, long since) {
    }

    /** The whole response to one request; valid until closed, which gives the connection back to the pool. */
    final class Response implements AutoCloseable {

        private final HttpConnection connection;
        private boolean open = true;

        private Response(HttpConnection connection) {
            this.connection = connection;
        }

        int status() {
            return connection.status();
        }

        /** The Location header, or "" without one. */
        String location() {
            return connection.location();
        }

        /** The value the response sets for the cookie, or null when it sets none. */
        String cookie(String name) {
            return connection.cookie(name);
        }

        /** The decoded body: the first {@link #length()} bytes of this array, which the connection reuses. */
        byte[] body() {
            return connection.body();
        }

        int length() {
            return connection.length();
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                giveBack(connection);
            }
        }
    }
}
