package nl.dialoog.registration;

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
 */
@ConfigurationProperties("dialoog.registration")
public record RegistrationSettings(Duration minFillTime, int perClientLimit, int perEmailLimit,
                                   Duration limitWindow, Duration unverifiedExpiry) {

    public RegistrationSettings {
        minFillTime = minFillTime == null ? Duration.ofSeconds(3) : minFillTime;
        perClientLimit = perClientLimit <= 0 ? 60 : perClientLimit;
        perEmailLimit = perEmailLimit <= 0 ? 5 : perEmailLimit;
        limitWindow = limitWindow == null ? Duration.ofMinutes(10) : limitWindow;
        unverifiedExpiry = unverifiedExpiry == null || !unverifiedExpiry.isPositive() ? Duration.ofHours(48)
                : unverifiedExpiry;
    }
}
