package nl.dialoog.shared;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * The key that signs form tokens ({@link FormGuard}). Configure {@code dialoog.shared.form-secret} when several
 * nodes serve the same site, so a form shown by one node can be sent to another; otherwise a random key is made at
 * start, and forms shown before a restart ask to be sent again.
 */
@Component
public class FormSecret {

    private final byte[] key;

    FormSecret(SharedSettings settings) {
        if (settings.formSecret() != null && !settings.formSecret().isBlank()) {
            key = settings.formSecret().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    public byte[] key() {
        return key.clone();
    }
}
