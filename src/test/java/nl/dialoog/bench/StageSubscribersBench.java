package nl.dialoog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClient;
import nl.dialoog.room.RoomFixture;
import nl.dialoog.stage.Stage;
import nl.dialoog.stage.media.MediaBrowser;
import nl.dialoog.stage.media.MediaNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10's benchmark (bench/stage-subscribers.sh): one panelist publishes from a headless Chromium, then N
 * attendees receive the stage, N stepping through {@code -Dbench.steps} (1,2,4,8,12). The attendees are windows of
 * further Chromium instances ({@code -Dbench.per-browser} windows each, 4): one browser per attendee would spend the
 * 2-core machine on browser processes, not on what is measured. Each step measures over {@code -Dbench.interval}
 * seconds the CPU and RSS of Janus, of this JVM (Dialoog, with Selenium's client in it), the CPU and PSS of Chromium
 * (every other process in the namespace), and from each attendee's getStats the frames decoded and packets lost.
 * It stops increasing N when an attendee no longer decodes (under {@code -Dbench.min-fps}) or Janus, Dialoog and
 * Chromium together use 90 % of every core (other work on a shared machine does not count). Prints one table row
 * per step. A JUnit class so that it gets the test harness (the namespace with Janus, Dialoog on H2); compiled only
 * under the Maven profile {@code bench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageSubscribersBench {

    @RegisterExtension
    static final MediaNamespace MEDIA = new MediaNamespace();

    @DynamicPropertySource
    static void janus(DynamicPropertyRegistry properties) {
        MEDIA.settings(properties);
    }

    private static final long TICKS = 100; // USER_HZ on Linux
    private static final long PAGE_KB = 4;

    // the inbound video and audio of every connection the stage receives on, summed
    private static final String RECEIVED = """
            const done = arguments[arguments.length - 1];
            const stage = document.getElementById('stage-live')?.stage;
            const pcs = stage ? stage.connections() : [];
            Promise.all(pcs.map(pc => pc.getStats())).then(all => {
              const r = {framesDecoded: 0, packetsReceived: 0, packetsLost: 0, audioBytes: 0, frameWidth: 0};
              all.forEach(stats => stats.forEach(s => {
                if (s.type !== 'inbound-rtp') return;
                r.packetsReceived += s.packetsReceived || 0; r.packetsLost += Math.max(0, s.packetsLost || 0);
                if (s.kind === 'video') { r.framesDecoded += s.framesDecoded || 0;
                                          r.frameWidth = Math.max(r.frameWidth, s.frameWidth || 0); }
                if (s.kind === 'audio') { r.audioBytes += s.bytesReceived || 0; }
              }));
              done(r);
            }, e => done({error: String(e)}));""";

    @LocalServerPort
    int port;

    @Autowired
    RoomFixture fixture;

    @Autowired
    Stage stage;

    private record Attendee(MediaBrowser browser, String window) {
    }

    @Test
    void measuresJanusAndDialoogWhileAttendeesAreAdded() throws Exception {
        List<Integer> steps = List.of(System.getProperty("bench.steps", "1,2,4,8,12").split(",")).stream()
                .map(String::trim).map(Integer::parseInt).toList();
        int perBrowser = Integer.getInteger("bench.per-browser", 4);
        int interval = Integer.getInteger("bench.interval", 20);
        double minFps = Double.parseDouble(System.getProperty("bench.min-fps", "5"));
        boolean phone = Boolean.getBoolean("bench.phone");
        long janus = MEDIA.janusPid();
        long dialoog = ProcessHandle.current().pid();

        EventView event = fixture.openEvent();
        stage.openStage(event.id());
        MediaBrowser panelist = MEDIA.newBrowser(MediaBrowser.Screen.DESKTOP, port);
        goOnCamera(panelist, event);
        List<MediaBrowser> browsers = new ArrayList<>();
        List<Attendee> attendees = new ArrayList<>();
        System.out.printf("BENCH settings: steps %s, %d attendee windows per Chromium, %d s per step, %s screen,"
                + " Janus PID %d, Dialoog PID %d%n", steps, perBrowser, interval, phone ? "phone" : "desktop", janus,
                dialoog);
        System.out.println("BENCH | N | Janus CPU % | Janus RSS MB | Dialoog CPU % | Dialoog RSS MB | Chromium CPU % |"
                + " Chromium PSS MB | machine busy % | min / mean fps per attendee | packets lost % | video width min / max | load 1/5 min |");
        try {
            for (int n : steps) {
                while (attendees.size() < n) {
                    int index = attendees.size();
                    MediaBrowser browser;
                    String window;
                    if (index % perBrowser == 0) {
                        browser = MEDIA.newBrowser(phone ? MediaBrowser.Screen.PHONE : MediaBrowser.Screen.DESKTOP,
                                port);
                        browsers.add(browser);
                        window = browser.driver().getWindowHandle();
                    } else {
                        browser = browsers.getLast();
                        window = browser.driver().switchTo().newWindow(WindowType.WINDOW).getWindowHandle();
                    }
                    browser.driver().get(MEDIA.site(port) + "/room/join/"
                            + fixture.register(event, "Bench attendee " + (index + 1)));
                    attendees.add(new Attendee(browser, window));
                }
                for (Attendee attendee : attendees) {
                    awaitDecoding(attendee);
                }
                Thread.sleep(3000); // the newest subscriptions settle (key frames, layer choice)

                List<Long> chromium = MEDIA.pidsInside().stream().filter(pid -> pid != janus).toList();
                List<Map<String, Object>> before = attendees.stream().map(StageSubscribersBench::stats).toList();
                long[] machineBefore = machine();
                long janusBefore = cpu(List.of(janus));
                long dialoogBefore = cpu(List.of(dialoog));
                long chromiumBefore = cpu(chromium);
                long started = System.nanoTime();
                Thread.sleep(interval * 1000L);
                double seconds = (System.nanoTime() - started) / 1e9;
                long janusCpu = cpu(List.of(janus)) - janusBefore;
                long dialoogCpu = cpu(List.of(dialoog)) - dialoogBefore;
                long chromiumCpu = cpu(chromium) - chromiumBefore;
                long[] machineAfter = machine();
                List<Map<String, Object>> after = attendees.stream().map(StageSubscribersBench::stats).toList();
                // reading the statistics takes time too: the rates use the wall time between the two readings
                double statsSeconds = (System.nanoTime() - started) / 1e9;

                double minRate = Double.MAX_VALUE;
                double sumRate = 0;
                long received = 0;
                long lost = 0;
                long narrowest = Long.MAX_VALUE;
                long widest = 0;
                for (int i = 0; i < attendees.size(); i++) {
                    double rate = (number(after.get(i), "framesDecoded") - number(before.get(i), "framesDecoded"))
                            / statsSeconds;
                    minRate = Math.min(minRate, rate);
                    narrowest = Math.min(narrowest, number(after.get(i), "frameWidth"));
                    widest = Math.max(widest, number(after.get(i), "frameWidth"));
                    sumRate += rate;
                    received += number(after.get(i), "packetsReceived") - number(before.get(i), "packetsReceived");
                    lost += number(after.get(i), "packetsLost") - number(before.get(i), "packetsLost");
                }
                double busy = 100.0 * (1 - (double) (machineAfter[1] - machineBefore[1])
                        / Math.max(1, machineAfter[0] - machineBefore[0]));
                String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " / "
                        + Files.readString(Path.of("/proc/loadavg")).split(" ")[1];
                System.out.println(String.format(Locale.ROOT, "BENCH | %d | %.1f | %d | %.1f | %d | %.0f | %d | %.0f |"
                                + " %.1f / %.1f | %.2f | %d / %d | %s |", n,
                        percent(janusCpu, seconds), rss(List.of(janus)), percent(dialoogCpu, seconds),
                        rss(List.of(dialoog)), percent(chromiumCpu, seconds), pss(chromium), busy, minRate,
                        sumRate / attendees.size(), 100.0 * lost / Math.max(1, received + lost), narrowest, widest,
                        load));
                if (minRate < minFps) {
                    System.out.printf("BENCH stop: an attendee decodes %.1f frames a second (< %.1f) at N = %d%n",
                            minRate, minFps, n);
                    break;
                }
                // other work shares this machine: only the CPU of what this benchmark runs counts as saturation
                double own = percent(janusCpu + dialoogCpu + chromiumCpu, seconds);
                if (own > 90.0 * Runtime.getRuntime().availableProcessors()) {
                    System.out.printf("BENCH stop: Janus, Dialoog and Chromium use %.0f %% CPU (of %d00 %%) at N = %d%n",
                            own, Runtime.getRuntime().availableProcessors(), n);
                    break;
                }
            }
        } finally {
            for (MediaBrowser browser : browsers) {
                browser.close();
            }
            panelist.close();
        }
    }

    /** Invites a panelist as the host does, opens their link and turns their camera on (as StageMediaTests). */
    private void goOnCamera(MediaBrowser panelist, EventView event) {
        String path;
        try (RoomClient host = RoomClient.connect(port, fixture.host(event).pass(), 0)) {
            host.awaitKind("snapshot");
            JsonNode answer = host.answer(host.send("moderation.invite",
                    "\"role\":\"PANELIST\",\"name\":\"Bench panelist\""));
            if (!"ack".equals(RoomClient.kind(answer))) {
                throw new IllegalStateException("the invitation was refused: " + answer);
            }
            path = answer.path("data").path("result").path("path").asString();
        }
        panelist.driver().get(MEDIA.site(port) + path);
        new WebDriverWait(panelist.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(panelist.script(
                "return Boolean(document.getElementById('stage-live')?.stage?.joined())")));
        panelist.driver().findElement(By.id("stage-camera")).sendKeys(Keys.ENTER);
        new WebDriverWait(panelist.driver(), Duration.ofSeconds(45)).until(d -> "true".equals(
                d.findElement(By.id("stage-camera")).getDomAttribute("data-on")));
    }

    private static void awaitDecoding(Attendee attendee) {
        Map<String, Object>[] last = new Map[1];
        try {
            new WebDriverWait(attendee.browser().driver(), Duration.ofSeconds(60), Duration.ofMillis(500)).until(d -> {
                last[0] = stats(attendee);
                return number(last[0], "framesDecoded") > 0;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("an attendee never decoded a frame; last statistics " + last[0], e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(Attendee attendee) {
        attendee.browser().driver().switchTo().window(attendee.window());
        return (Map<String, Object>) attendee.browser().driver().executeAsyncScript(RECEIVED);
    }

    private static long number(Map<String, Object> stats, String name) {
        Object value = stats.get(name);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static double percent(long ticks, double seconds) {
        return 100.0 * ticks / TICKS / seconds;
    }

    /** utime + stime of the processes (their threads included), in ticks; a process gone counts 0. */
    private static long cpu(List<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException gone) {
                // ended during the step
            }
        }
        return sum;
    }

    /** Resident memory of the processes in MB. */
    private static long rss(List<Long> pids) {
        long pages = 0;
        for (long pid : pids) {
            try {
                pages += Long.parseLong(Files.readString(Path.of("/proc/" + pid + "/statm")).split(" ")[1]);
            } catch (IOException gone) {
                // ended
            }
        }
        return pages * PAGE_KB / 1024;
    }

    /** Proportional memory of the processes in MB: Chromium's processes share pages, so their RSS sum overstates. */
    private static long pss(List<Long> pids) {
        long kb = 0;
        for (long pid : pids) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        kb += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException gone) {
                // ended
            }
        }
        return kb / 1024;
    }

    /** The machine's total and idle ticks from /proc/stat. */
    private static long[] machine() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < cpu.length; i++) {
            total += Long.parseLong(cpu[i]);
        }
        return new long[] {total, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])};
    }
}
