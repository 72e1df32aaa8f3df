package nl.dialoog.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal SMTP server on a free 127.0.0.1 port that speaks the protocol correctly but refuses every recipient
 * with the reply it is given (e.g. "550 5.1.1 mailbox unavailable", or "451 4.3.0 try again later"). GreenMail
 * accepts every recipient, so the refusals a real server gives are played by this one.
 */
final class RefusingSmtp implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private volatile String recipientReply;

    RefusingSmtp(String recipientReply) {
        this.recipientReply = recipientReply;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        acceptor = Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    void replyToRecipients(String reply) {
        this.recipientReply = reply;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            say(out, "220 refusing.test ESMTP");
            for (String line; (line = in.readLine()) != null; ) {
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO" -> say(out, "250-refusing.test\r\n250 8BITMIME");
                    case "HELO", "MAIL", "RSET", "NOOP" -> say(out, "250 OK");
                    case "RCPT" -> say(out, recipientReply);
                    case "DATA" -> say(out, "503 5.5.1 no valid recipients");
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException gone) {
            // the client hung up
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        acceptor.interrupt();
    }
}
