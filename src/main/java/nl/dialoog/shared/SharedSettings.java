package nl.dialoog.shared;

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
 */
@ConfigurationProperties("dialoog.shared")
public record SharedSettings(String baseUrl, long maxRequestBytes, String formSecret, List<String> trustedProxies) {

    public SharedSettings {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
