package nl.dialoog.room.live;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The Redis the room bus tests use. {@code bin/test} always passes one as {@code -Ddialoog.test.redis.url} (the
 * machine's, or a private server it started): if that does not answer, the tests fail. A developer running one test
 * without it gets the machine's 127.0.0.1:6379 if it answers, else the test is skipped with a message saying why.
 */
final class TestRedis {

    static final String PROPERTY = "dialoog.test.redis.url";

    private TestRedis() {
    }

    static String url() {
        String given = System.getProperty(PROPERTY, "");
        if (!given.isBlank()) {
            if (!answers(given)) {
                fail("Redis at " + given + " (" + PROPERTY + ", set by bin/test) does not answer PING");
            }
            return given;
        }
        String machine = "redis://127.0.0.1:6379";
        assumeTrue(answers(machine), "No Redis: " + PROPERTY + " is not set and nothing answers on 127.0.0.1:6379; "
                + "run bin/test (it starts one) or pass -D" + PROPERTY + "=redis://127.0.0.1:PORT");
        return machine;
    }

    static boolean answers(String url) {
        URI uri = URI.create(url);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 2000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(5);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException unreachable) {
            return false;
        }
    }
}
