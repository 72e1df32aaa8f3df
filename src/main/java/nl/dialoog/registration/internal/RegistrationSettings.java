package nl.dialoog.registration.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the registration module ({@code dialoog.registration.*}).
 *
 * @param minFillTime     a form sent back sooner than this after it was shown is refused (bots fill forms at once)
 * @param perClientLimit  registrations accepted per client address within {@code limitWindow}
 * @param perEmailLimit   registration attempts per e-mail address within {@code limitWindow}
 * @param limitWindow     the window of both limits
 * @param unverifiedExpiry a registration whose address is not confirmed this long after it was made expires
 * @param linkSecret      derives the personal links (see {@link PersonalLinks}); when empty, the key in
 *                        {@code linkSecretFile}, made there on first start
 * @param linkSecretFile  where the link key is kept when {@code linkSecret} is not set
 * @param retention       how long after an event (or its last registration) the registrants' data is kept
 */
@ConfigurationProperties("dialoog.registration")
public record RegistrationSettings(Duration minFillTime, int perClientLimit, int perEmailLimit,
                                   Duration limitWindow, Duration unverifiedExpiry, String linkSecret,
                                   java.nio.file.Path linkSecretFile, Duration retention) {

    public RegistrationSettings {
        minFillTime = minFillTime == null ? Duration.ofSeconds(3) : minFillTime;
        perClientLimit = perClientLimit <= 0 ? 60 : perClientLimit;
        perEmailLimit = perEmailLimit <= 0 ? 5 : perEmailLimit;
        limitWindow = limitWindow == null ? Duration.ofMinutes(10) : limitWindow;
        unverifiedExpiry = unverifiedExpiry == null || !unverifiedExpiry.isPositive() ? Duration.ofHours(48)
                : unverifiedExpiry;
        linkSecretFile = linkSecretFile == null ? java.nio.file.Path.of("data", "link-secret") : linkSecretFile;
        retention = retention == null ? Duration.ofDays(90) : retention;
    }
}
