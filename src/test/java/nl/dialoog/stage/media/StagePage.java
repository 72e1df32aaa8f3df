package nl.dialoog.stage.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.dialoog.room.RoomClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * What the media tests do on a room page's stage: invite a panelist as a host does, turn a camera on by keyboard,
 * and read what a page receives from its RTCPeerConnection statistics.
 */
public final class StagePage {

    /** How long media may take to flow on this (often busy) machine. */
    public static final Duration MEDIA_WAIT = Duration.ofSeconds(45);

    // sums the inbound RTP statistics of every connection the stage receives on
    private static final String RECEIVED = """
            const done = arguments[arguments.length - 1];
            const stage = document.getElementById('stage-live')?.stage;
            const pcs = stage ? stage.connections() : [];
            Promise.all(pcs.map(pc => pc.getStats())).then(all => {
              const r = {connections: pcs.length, videoStreams: 0, framesDecoded: 0, videoBytes: 0, audioStreams: 0,
                         audioBytes: 0, videoReceivers: 0, frameWidth: 0, substream: stage ? stage.substream() : -1};
              for (const pc of pcs) {
                r.videoReceivers += pc.getTransceivers().filter(t => t.receiver.track.kind === 'video').length;
              }
              all.forEach(stats => stats.forEach(s => {
                if (s.type !== 'inbound-rtp') return;
                if (s.kind === 'video') { r.videoStreams++; r.framesDecoded += s.framesDecoded || 0;
                                          r.videoBytes += s.bytesReceived || 0;
                                          r.frameWidth = Math.max(r.frameWidth, s.frameWidth || 0); }
                if (s.kind === 'audio') { r.audioStreams++; r.audioBytes += s.bytesReceived || 0; }
              }));
              done(r);
            }, e => done({error: String(e)}));""";

    private StagePage() {
    }

    /** A host invites a panelist by personal link; the link's path. */
    public static String invitePanelist(RoomClient host, String name) {
        JsonNode answer = host.answer(host.send("moderation.invite",
                "\"role\":\"PANELIST\",\"name\":\"" + name + "\""));
        assertThat(RoomClient.kind(answer)).as(answer.toString()).isEqualTo("ack");
        return answer.path("data").path("result").path("path").asString();
    }

    /**
     * A host (connected here, closed afterwards) invites a panelist; the panelist opens the link on {@code site} and
     * turns their camera on.
     */
    public static void goOnCamera(String site, RoomClient host, MediaBrowser panelist, String name) {
        String path;
        try (host) {
            host.awaitKind("snapshot");
            path = invitePanelist(host, name);
        }
        panelist.driver().get(site + path);
        turnCameraOn(panelist);
    }

    /** Turns the camera on by keyboard once the page has joined Janus's room, and waits until it is on. */
    public static void turnCameraOn(MediaBrowser panelist) {
        new WebDriverWait(panelist.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(panelist.script(
                "return Boolean(document.getElementById('stage-live')?.stage?.joined())")));
        panelist.driver().findElement(By.id("stage-camera")).sendKeys(Keys.ENTER);
        new WebDriverWait(panelist.driver(), MEDIA_WAIT).until(d -> "true".equals(
                d.findElement(By.id("stage-camera")).getDomAttribute("data-on")));
    }

    /** What the page's stage has received so far, summed over its connections. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> received(MediaBrowser browser) {
        return (Map<String, Object>) browser.driver().executeAsyncScript(RECEIVED);
    }

    /** Waits until what the page received is {@code wanted}; fails with the last statistics and the page's words. */
    public static Map<String, Object> awaitReceived(MediaBrowser browser, Predicate<Map<String, Object>> wanted,
                                                    Supplier<String> whenNot) {
        Object[] last = new Object[1];
        try {
            new WebDriverWait(browser.driver(), MEDIA_WAIT, Duration.ofMillis(500)).until(d -> {
                Map<String, Object> now = received(browser);
                last[0] = now;
                return wanted.test(now);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("media did not arrive; last statistics " + last[0] + "; " + whenNot.get(), e);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> arrived = (Map<String, Object>) last[0];
        return arrived;
    }

    /** A figure of the statistics, or -1 when the page gave none. */
    public static long number(Map<String, Object> stats, String name) {
        return stats.get(name) instanceof Number n ? n.longValue() : -1;
    }
}
