package nl.dialoog.registration.web;

import java.time.Clock;
import nl.dialoog.registration.internal.RegistrationSettings;
import nl.dialoog.shared.FormGuard;
import nl.dialoog.shared.FormSecret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The public registration form's bot checks: shared {@link FormGuard} with the registration module's limits. */
@Configuration(proxyBeanMethods = false)
class RegistrationGuard {

    private FormGuard guard;

    @Bean
    FormGuard registrationFormGuard(RegistrationSettings settings, FormSecret secret, Clock clock) {
        guard = new FormGuard(secret.key(), clock, settings.minFillTime(), settings.perClientLimit(),
                settings.perEmailLimit(), settings.limitWindow());
        return guard;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void forgetIdleLimits() {
        if (guard != null) {
            guard.sweep();
        }
    }
}
