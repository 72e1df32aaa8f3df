package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleKeysTests {

    @Test
    void boundsTheEmailKeyOfAHugeUserName() {
        assertThat(LoginThrottle.emailKey("A".repeat(100_000))).hasSize(320);
    }

    @Test
    void keysAnAttemptByItsClientsNetwork() {
        assertThat(LoginThrottle.addressKey(new WebAuthenticationDetails("2001:db8:1:2:aaaa::1", null)))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginThrottle.addressKey(null)).isEqualTo("unknown");
    }
}
