package nl.dialoog.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load generator for the room fan-out benchmark (bench/room-fanout.sh): opens N WebSocket connections to one room
 * (plain NIO, one selector thread, so that 5,000 connections cost the generator little), has a few of them send
 * chat at a fixed total rate with the send time in the text, and measures for every connection what arrives:
 * deliveries per second, end-to-end latency (send to receipt, one clock: the same process), and messages lost
 * (every connection must get every acknowledged message). Also the server's CPU and RSS from /proc. JDK only.
 */
public final class RoomFanout {

    private static final byte[] CHAT = "\"kind\":\"chat.posted\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEQ = "{\"seq\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MARK = "\"text\":\"fan ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESYNC = "\"kind\":\"resync\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SNAPSHOT = "\"kind\":\"snapshot\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ACK = "\"kind\":\"ack\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ERROR = "\"kind\":\"error\"".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_MESSAGES = 100_000;
    private static final int HISTOGRAM_MS = 60_000;

    private final String host;
    private final int port;
    private final Selector selector;
    private final List<Conn> conns = new ArrayList<>();
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicLongArray sentAt = new AtomicLongArray(MAX_MESSAGES);
    private final AtomicLongArray histogram = new AtomicLongArray(HISTOGRAM_MS + 1);
    private volatile int measureFrom = Integer.MAX_VALUE;
    private volatile int measureTo = Integer.MAX_VALUE;
    private volatile boolean running = true;
    private long deliveries;
    private long duplicates;
    private long resyncs;
    private long acks;
    private long errors;
    private long closed;
    private String lastError = "";

    private RoomFanout(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.selector = Selector.open();
    }

    /** One connection: its socket, what it has read so far, and which messages it got. */
    private final class Conn {
        final int index;
        final String pass;
        SocketChannel channel;
        ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        boolean upgraded;
        boolean ready;
        long lastSeq;
        final BitSet got = new BitSet();

        Conn(int index, String pass) {
            this.index = index;
            this.pass = pass;
        }

        void send(String text) {
            byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            ByteBuffer frame = ByteBuffer.allocate(payload.length + 14);
            frame.put((byte) 0x81);
            if (payload.length < 126) {
                frame.put((byte) (0x80 | payload.length));
            } else {
                frame.put((byte) (0x80 | 126)).putShort((short) payload.length);
            }
            byte[] mask = {0x11, 0x22, 0x33, 0x44};
            frame.put(mask);
            for (int i = 0; i < payload.length; i++) {
                frame.put((byte) (payload[i] ^ mask[i & 3]));
            }
            frame.flip();
            try {
                synchronized (this) {
                    while (frame.hasRemaining()) {
                        if (channel.write(frame) == 0) {
                            Thread.onSpinWait();
                        }
                    }
                }
            } catch (IOException gone) {
                lastError = "send: " + gone;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(options.get("port"));
        long eventId = Long.parseLong(options.get("event-id"));
        byte[] secret = options.get("secret").getBytes(StandardCharsets.UTF_8);
        List<Long> ids = Files.readAllLines(Path.of(options.get("participants"))).stream()
                .filter(line -> !line.isBlank()).map(line -> Long.parseLong(line.strip())).toList();
        int connections = Integer.parseInt(options.getOrDefault("connections", String.valueOf(ids.size())));
        int senders = Integer.parseInt(options.getOrDefault("senders", "10"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "60"));
        long serverPid = Long.parseLong(options.getOrDefault("server-pid", "0"));
        int openAtOnce = Integer.parseInt(options.getOrDefault("open-at-once", "200"));
        if (ids.size() < connections) {
            throw new IllegalArgumentException(ids.size() + " participants for " + connections + " connections");
        }
        RoomFanout fanout = new RoomFanout(host, port);
        long until = System.currentTimeMillis() / 1000 + 6 * 3600;
        for (int i = 0; i < connections; i++) {
            String body = eventId + "." + ids.get(i) + "." + until;
            fanout.conns.add(fanout.new Conn(i, body + "." + sign(secret, body)));
        }
        Thread reader = Thread.ofPlatform().name("fanout-selector").start(() -> {
            try {
                fanout.loop();
            } catch (IOException failed) {
                throw new IllegalStateException(failed);
            }
        });
        fanout.run(senders, rate, warmup, duration, serverPid, openAtOnce);
        fanout.running = false;
        fanout.selector.wakeup();
        reader.join(5000);
        System.exit(0);
    }

    private void run(int senders, double rate, int warmup, int duration, long serverPid, int openAtOnce)
            throws Exception {
        long started = System.nanoTime();
        int opened = 0;
        while (ready() < conns.size()) {
            while (opened < conns.size() && opened - ready() < openAtOnce) {
                Conn conn = conns.get(opened++);
                tasks.add(() -> open(conn));
            }
            selector.wakeup();
            Thread.sleep(20);
            if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(180)) {
                System.out.printf("only %d of %d connections ready after 180 s; last error %s%n", ready(),
                        conns.size(), lastError);
                break;
            }
        }
        System.out.printf("connections: %d of %d ready in %.1f s (%d closed, last error: %s)%n", ready(), conns.size(),
                (System.nanoTime() - started) / 1e9, closed, lastError);
        long rssConnected = rssKb(serverPid);
        Thread.sleep(2000);

        List<Conn> sending = conns.subList(0, Math.min(senders, conns.size()));
        long interval = (long) (1e9 / rate);
        int total = (int) Math.ceil(rate * (warmup + duration));
        measureFrom = (int) Math.ceil(rate * warmup);
        long start = System.nanoTime();
        long[] cpuBefore = null;
        long deliveriesBefore = 0;
        long measureStart = 0;
        for (int n = 0; n < total && n < MAX_MESSAGES; n++) {
            long due = start + n * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (n == measureFrom) {
                cpuBefore = cpu(serverPid);
                synchronized (this) {
                    deliveriesBefore = deliveries;
                }
                measureStart = System.nanoTime();
            }
            Conn sender = sending.get(n % sending.size());
            long now = System.nanoTime();
            sentAt.set(n, now);
            sender.send("{\"type\":\"chat.post\",\"ref\":\"" + n + "\",\"text\":\"fan " + n + " " + now + "\"}");
        }
        measureTo = total;
        long measureEnd = System.nanoTime();
        long[] cpuAfter = cpu(serverPid);
        long deliveriesAfter;
        synchronized (this) {
            deliveriesAfter = deliveries;
        }
        long rssEnd = rssKb(serverPid);
        Thread.sleep(5000);

        int measured = total - measureFrom;
        long lost = 0;
        long lostAll = 0;
        int fullConnections = 0;
        synchronized (this) {
            for (Conn conn : conns) {
                int have = conn.got.get(measureFrom, total).cardinality();
                lost += measured - have;
                int haveAll = conn.got.get(0, total).cardinality();
                lostAll += total - haveAll;
                if (haveAll == total) {
                    fullConnections++;
                }
            }
        }
        double seconds = (measureEnd - measureStart) / 1e9;
        double ticks = 100.0;
        double serverCpu = cpuAfter == null || cpuBefore == null ? -1
                : (cpuAfter[0] - cpuBefore[0]) / ticks / seconds;
        double selfCpu = cpuAfter == null || cpuBefore == null ? -1 : (cpuAfter[1] - cpuBefore[1]) / ticks / seconds;
        double machineCpu = cpuAfter == null || cpuBefore == null ? -1
                : (cpuAfter[2] - cpuBefore[2]) / ticks / seconds;
        long count = 0;
        for (int i = 0; i <= HISTOGRAM_MS; i++) {
            count += histogram.get(i);
        }
        System.out.printf("sent %d messages at %.1f/s from %d senders to %d connections; measured the last %d "
                        + "(%.1f s)%n", total, rate, sending.size(), conns.size(), measured, seconds);
        System.out.printf("deliveries/s %.0f (expected %.0f)%n", (deliveriesAfter - deliveriesBefore) / seconds,
                rate * conns.size());
        System.out.printf("latency ms: p50 %d  p90 %d  p99 %d  p99.9 %d  max %d  (%d deliveries)%n",
                percentile(count, 0.50), percentile(count, 0.90), percentile(count, 0.99),
                percentile(count, 0.999), percentile(count, 1.0), count);
        System.out.printf("lost: %d of %d measured deliveries; %d of %d over the whole run; %d of %d connections "
                        + "got every message; duplicates %d; resyncs %d; acks %d; refused %d; closed %d%n",
                lost, (long) measured * conns.size(), lostAll, (long) total * conns.size(), fullConnections,
                conns.size(), duplicates, resyncs, acks, errors, closed);
        System.out.printf("server CPU %.2f cores, generator CPU %.2f cores, whole machine %.2f of %d cores; server "
                        + "RSS %d MB when connected, %d MB at the end%n", serverCpu, selfCpu, machineCpu,
                Runtime.getRuntime().availableProcessors(), rssConnected / 1024, rssEnd / 1024);
        System.out.printf("RESULT connections=%d rate=%.1f deliveries_per_s=%.0f p50_ms=%d p99_ms=%d max_ms=%d "
                        + "lost=%d lost_all=%d duplicates=%d resyncs=%d refused=%d server_cpu=%.2f "
                        + "generator_cpu=%.2f machine_cpu=%.2f server_rss_mb=%d%n", ready(), rate,
                (deliveriesAfter - deliveriesBefore) / seconds, percentile(count, 0.50), percentile(count, 0.99),
                percentile(count, 1.0), lost, lostAll, duplicates, resyncs, errors, serverCpu, selfCpu, machineCpu,
                rssEnd / 1024);
    }

    private synchronized int ready() {
        int ready = 0;
        for (Conn conn : conns) {
            if (conn.ready) {
                ready++;
            }
        }
        return ready;
    }

    private long percentile(long count, double share) {
        long wanted = Math.max(1, (long) Math.ceil(count * share));
        long seen = 0;
        for (int i = 0; i <= HISTOGRAM_MS; i++) {
            seen += histogram.get(i);
            if (seen >= wanted) {
                return i;
            }
        }
        return HISTOGRAM_MS;
    }

    private void open(Conn conn) {
        try {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            conn.channel = channel;
            channel.connect(new InetSocketAddress(host, port));
            channel.register(selector, SelectionKey.OP_CONNECT, conn);
        } catch (IOException failed) {
            lastError = "open: " + failed;
        }
    }

    private void loop() throws IOException {
        while (running) {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                task.run();
            }
            selector.select(100);
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                Conn conn = (Conn) key.attachment();
                try {
                    if (key.isConnectable()) {
                        conn.channel.finishConnect();
                        key.interestOps(SelectionKey.OP_READ);
                        String key64 = Base64.getEncoder().encodeToString(String.format("fanout-key-%05d",
                                conn.index % 100_000).getBytes(StandardCharsets.US_ASCII));
                        ByteBuffer request = ByteBuffer.wrap(("GET /room/socket HTTP/1.1\r\nHost: " + host + ":"
                                + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                                + key64 + "\r\nSec-WebSocket-Version: 13\r\nOrigin: http://" + host + ":" + port
                                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        while (request.hasRemaining()) {
                            conn.channel.write(request);
                        }
                    } else if (key.isReadable()) {
                        read(conn, key);
                    }
                } catch (IOException | RuntimeException failed) {
                    lastError = failed.toString();
                    key.cancel();
                    conn.channel.close();
                    synchronized (this) {
                        closed++;
                    }
                }
            }
        }
    }

    private void read(Conn conn, SelectionKey key) throws IOException {
        int n = conn.channel.read(conn.in);
        if (n < 0) {
            throw new IOException("closed by the server");
        }
        ByteBuffer in = conn.in;
        in.flip();
        if (!conn.upgraded) {
            int end = indexOf(in, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), in.position(), in.limit());
            if (end < 0) {
                in.compact();
                return;
            }
            String head = new String(in.array(), 0, end, StandardCharsets.US_ASCII);
            if (!head.startsWith("HTTP/1.1 101")) {
                throw new IOException("no WebSocket: " + head.lines().findFirst().orElse(""));
            }
            in.position(end + 4);
            conn.upgraded = true;
            conn.send("{\"type\":\"hello\",\"pass\":\"" + conn.pass + "\",\"since\":0,\"lang\":\"en\"}");
        }
        while (in.remaining() >= 2) {
            int at = in.position();
            int first = in.get(at) & 0xff;
            int second = in.get(at + 1) & 0x7f;
            int header = 2;
            long length = second;
            if (second == 126) {
                if (in.remaining() < 4) {
                    break;
                }
                length = in.getShort(at + 2) & 0xffff;
                header = 4;
            } else if (second == 127) {
                if (in.remaining() < 10) {
                    break;
                }
                length = in.getLong(at + 2);
                header = 10;
            }
            if (in.remaining() < header + length) {
                if (header + length > in.capacity()) {
                    ByteBuffer bigger = ByteBuffer.allocate((int) Math.max(in.capacity() * 2L, header + length));
                    bigger.put(in);
                    conn.in = bigger;
                    return;
                }
                break;
            }
            int opcode = first & 0x0f;
            int from = at + header;
            int to = (int) (from + length);
            if (opcode == 8) {
                throw new IOException("close frame from the server");
            }
            if (opcode == 1 || opcode == 0) {
                frames(conn, in.array(), from, to);
            }
            in.position(to);
        }
        in.compact();
    }

    /** One batch: every chat frame in it counts as a delivery to this connection. */
    private void frames(Conn conn, byte[] bytes, int from, int to) {
        long now = System.nanoTime();
        synchronized (this) {
            if (!conn.ready && indexOf(bytes, SNAPSHOT, from, to) >= 0) {
                conn.ready = true;
            }
            int at = from;
            while ((at = indexOf(bytes, SEQ, at, to)) >= 0) {
                at += SEQ.length;
                long seq = 0;
                while (at < to && bytes[at] >= '0' && bytes[at] <= '9') {
                    seq = seq * 10 + (bytes[at++] - '0');
                }
                conn.lastSeq = Math.max(conn.lastSeq, seq);
                if (startsWith(bytes, at + 1, CHAT)) {
                    int mark = indexOf(bytes, MARK, at, to);
                    if (mark < 0) {
                        continue;
                    }
                    int p = mark + MARK.length;
                    int message = 0;
                    while (bytes[p] >= '0' && bytes[p] <= '9') {
                        message = message * 10 + (bytes[p++] - '0');
                    }
                    if (message >= MAX_MESSAGES) {
                        continue;
                    }
                    if (conn.got.get(message)) {
                        duplicates++;
                        continue;
                    }
                    conn.got.set(message);
                    deliveries++;
                    if (message >= measureFrom && message < measureTo) {
                        long millis = (now - sentAt.get(message)) / 1_000_000;
                        histogram.incrementAndGet((int) Math.min(HISTOGRAM_MS, Math.max(0, millis)));
                    }
                }
            }
            if (indexOf(bytes, RESYNC, from, to) >= 0) {
                resyncs++;
                long since = conn.lastSeq;
                tasks.add(() -> conn.send("{\"type\":\"resume\",\"since\":" + since + "}"));
            }
            int a = from;
            while ((a = indexOf(bytes, ACK, a, to)) >= 0) {
                acks++;
                a += ACK.length;
            }
            int e = from;
            while ((e = indexOf(bytes, ERROR, e, to)) >= 0) {
                errors++;
                e += ERROR.length;
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(ByteBuffer buffer, byte[] needle, int from, int to) {
        return indexOf(buffer.array(), needle, from, to);
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            if (bytes[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String sign(byte[] secret, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        mac.update("room-pass:".getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    }

    /** CPU ticks of the server, of this process, and of the whole machine (busy, not idle). */
    private static long[] cpu(long serverPid) {
        try {
            long server = serverPid > 0 ? ticks(Files.readString(Path.of("/proc/" + serverPid + "/stat"))) : 0;
            long self = ticks(Files.readString(Path.of("/proc/self/stat")));
            String[] total = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < total.length; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(total[i]);
                }
            }
            return new long[] {server, self, busy};
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long rssKb(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0);
        } catch (IOException gone) {
            return 0;
        }
    }
}
