package nl.dialoog.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a free 127.0.0.1 port that can be stopped and started again on the same port,
 * as a mail server that goes down and comes back. Messages received before a restart are kept.
 */
public final class Smtp implements AutoCloseable {

    private final int port = freePort();
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail server;

    public Smtp start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        awaitGreeting();
        return this;
    }

    /** A restarted GreenMail may drop its very first connection; wait until it really speaks SMTP. */
    private void awaitGreeting() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(2000);
                var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII));
                String greeting = in.readLine();
                socket.getOutputStream().write("QUIT\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                if (greeting != null && greeting.startsWith("220") && in.readLine() != null) {
                    return;
                }
            } catch (IOException notYet) {
                // try again below
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GreenMail does not answer on port " + port);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Starts the server again if a test stopped it. */
    public void ensureRunning() {
        if (server == null) {
            start();
        }
    }

    public void stop() {
        if (server != null) {
            earlier.addAll(Arrays.asList(server.getReceivedMessages()));
            server.stop();
            server = null;
        }
    }

    public int port() {
        return port;
    }

    /** Every message this server received for the address, before and after restarts. */
    public List<MimeMessage> receivedBy(String address) {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (server != null) {
            all.addAll(Arrays.asList(server.getReceivedMessages()));
        }
        return all.stream().filter(message -> recipients(message).contains(address)).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return String.valueOf(Arrays.toString(message.getAllRecipients()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
