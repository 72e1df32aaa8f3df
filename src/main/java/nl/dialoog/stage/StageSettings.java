package nl.dialoog.stage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.dialoog.stage.janus.JanusEndpoint;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The stage's settings ({@code dialoog.stage.*}). Without {@code dialoog.stage.janus.url} no Janus is used and the
 * room offers an external stream instead.
 *
 * @param janus         where Janus listens and its secrets (see {@code bin/janus})
 * @param tokenLifetime how long a person's Janus token lasts; a job removes expired ones
 * @param publishers    how many may publish at once in an event's VideoRoom
 * @param bitrate       the cap per publisher, bits per second
 * @param housekeeping  how often the control session is kept alive and expired tokens are removed
 * @param recording     where recordings go and how long their post-processing may take
 * @param events        the shared secret Janus's HTTP event handler sends (basic auth, user {@code janus})
 * @param relays        further Janus instances that relay the stage to larger audiences (Streaming plugin)
 * @param directAudience how many watch-only attendees the first Janus takes before relays are used
 * @param closeAfter    how long after the event's end (or after it was opened, if later) its stage is closed: the
 *                      VideoRoom, backstage and relay mountpoints destroyed and every token revoked
 */
@ConfigurationProperties("dialoog.stage")
public record StageSettings(Janus janus, Duration tokenLifetime, Integer publishers, Integer bitrate,
                            Duration housekeeping, Recording recording, String eventsSecret, List<Relay> relays,
                            Integer directAudience, Duration closeAfter) {

    public StageSettings {
        janus = janus == null ? new Janus(null, null, null, null, null, null) : janus;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(6) : tokenLifetime;
        publishers = publishers == null ? 6 : publishers;
        bitrate = bitrate == null ? 768_000 : bitrate;
        housekeeping = housekeeping == null ? Duration.ofSeconds(25) : housekeeping;
        recording = recording == null ? new Recording(null, null) : recording;
        relays = relays == null ? List.of() : List.copyOf(relays);
        directAudience = directAudience == null ? 300 : directAudience;
        closeAfter = closeAfter == null ? Duration.ofHours(2) : closeAfter;
    }

    /**
     * Recordings. Janus writes them into {@code folder}/event-N/raw, so Janus must run on the same machine (or share
     * the folder); Dialoog turns them into one file per event there.
     *
     * @param folder  an absolute path is best: Janus is told it as it stands
     * @param timeout how long each external step (janus-pp-rec, ffmpeg) may run before it is stopped
     */
    public record Recording(Path folder, Duration timeout) {

        public Recording {
            folder = (folder == null ? Path.of("data", "recordings") : folder).toAbsolutePath().normalize();
            timeout = timeout == null ? Duration.ofMinutes(10) : timeout;
        }
    }

    /**
     * A further Janus that relays the stage: Dialoog creates a Streaming mountpoint there and has the stage's
     * VideoRoom forward its publishers' RTP to it.
     *
     * @param name      how organisers see it
     * @param url       its Janus API (for Dialoog)
     * @param adminUrl  its Admin API (tokens for watchers)
     * @param publicUrl its Janus API as browsers reach it; {@code url} if unset
     * @param rtpHost   the address the first Janus sends RTP to (this Janus's address on the media network)
     * @param audience  how many watchers it takes before the next relay is used
     */
    public record Relay(String name, java.net.URI url, java.net.URI adminUrl, java.net.URI publicUrl, String apiSecret,
                        String adminSecret, String adminKey, String rtpHost, Integer audience) {

        public Relay {
            name = name == null || name.isBlank() ? String.valueOf(url) : name;
            rtpHost = rtpHost == null || rtpHost.isBlank() ? "127.0.0.1" : rtpHost;
            audience = audience == null ? 300 : audience;
        }

        public java.net.URI browserUrl() {
            return publicUrl != null ? publicUrl : url;
        }
    }

    /**
     * Janus, as Dialoog and as browsers reach it.
     *
     * @param url         the Janus API of the HTTP transport, e.g. {@code http://127.0.0.1:8088/janus}
     * @param adminUrl    the Admin API, e.g. {@code http://127.0.0.1:7088/admin}
     * @param publicUrl   the Janus API as browsers reach it (a reverse proxy's https address); {@code url} if unset
     * @param apiSecret   Janus's {@code api_secret}
     * @param adminSecret Janus's {@code admin_secret}
     * @param adminKey    the VideoRoom {@code admin_key}
     */
    public record Janus(URI url, URI adminUrl, URI publicUrl, String apiSecret, String adminSecret, String adminKey) {

        public Janus {
            if (url != null) {
                // a half-configured Janus would fail at the first event; say so at start instead
                require(adminUrl != null, "dialoog.stage.janus.admin-url");
                require(apiSecret != null && !apiSecret.isBlank(), "dialoog.stage.janus.api-secret");
                require(adminSecret != null && !adminSecret.isBlank(), "dialoog.stage.janus.admin-secret");
                require(adminKey != null && !adminKey.isBlank(), "dialoog.stage.janus.admin-key");
            }
        }

        public boolean configured() {
            return url != null;
        }

        /** Where and how Dialoog's control plane reaches this Janus. */
        public JanusEndpoint endpoint() {
            return new JanusEndpoint(url, adminUrl, apiSecret, adminSecret, adminKey);
        }

        /** The address a browser uses for the Janus API. */
        public URI browserUrl() {
            return publicUrl != null ? publicUrl : url;
        }

        private static void require(boolean given, String name) {
            if (!given) {
                throw new IllegalArgumentException(name + " is required when dialoog.stage.janus.url is set");
            }
        }
    }
}
