package nl.dialoog.shared;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Site-wide settings ({@code dialoog.shared.*}).
 *
 * @param baseUrl         the public address, used in links that leave the site (mails, calendar files), never the
 *                        request's own {@code Host} (redirects are paths, see {@link HostlessRedirects})
 * @param maxRequestBytes a request body larger than this is refused with 413 before anything reads it
 * @param formSecret      signs the tokens of public forms (see {@link FormSecret}); random per start when empty
 * @param trustedProxies  the reverse proxies whose forwarded headers count (IP addresses; see {@link TrustedProxies})
 * @param maxBodyRequests requests with a body that may run at once; more get 503 (see {@link SlowBodyGuard})
 * @param bodyReadTimeout a request body silent this long ends its connection (see {@link SlowBodyGuard})
 */
@ConfigurationProperties("dialoog.shared")
public record SharedSettings(String baseUrl, long maxRequestBytes, String formSecret, List<String> trustedProxies,
                             int maxBodyRequests, Duration bodyReadTimeout) {

    public SharedSettings {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        if (maxBodyRequests <= 0) {
            maxBodyRequests = 32;
        }
        if (bodyReadTimeout == null || bodyReadTimeout.isZero() || bodyReadTimeout.isNegative()) {
            bodyReadTimeout = Duration.ofSeconds(10);
        }
    }
}
