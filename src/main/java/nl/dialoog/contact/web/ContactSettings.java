package nl.dialoog.contact.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Anti-bot settings of the contact form ({@code dialoog.contact.*}).
 *
 * @param minimumFillTime sends quicker than this after the form was shown are refused
 * @param perClient       messages per client network within {@code window}
 * @param perEmail        messages per sender address within {@code window}
 */
@ConfigurationProperties("dialoog.contact")
record ContactSettings(Duration minimumFillTime, Integer perClient, Integer perEmail, Duration window) {

    public ContactSettings {
        minimumFillTime = minimumFillTime == null ? Duration.ofSeconds(3) : minimumFillTime;
        perClient = perClient == null ? 5 : perClient;
        perEmail = perEmail == null ? 3 : perEmail;
        window = window == null ? Duration.ofMinutes(10) : window;
    }
}
