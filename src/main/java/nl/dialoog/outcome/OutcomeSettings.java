package nl.dialoog.outcome;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The results module's knobs, {@code dialoog.outcome.*}.
 *
 * @param mapInterval how often the live opinion map of a room where people vote is computed again
 */
@ConfigurationProperties("dialoog.outcome")
record OutcomeSettings(@DefaultValue("3s") Duration mapInterval) {
}
