package nl.dialoog.registration.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * One manage link and one join link per registration, the same in every mail. A link's token is derived
 * (HMAC-SHA256) from a server secret, the registration and its link generation, so it can be shown again without
 * being stored: the database keeps only its hash, as before, and a copy of the database without the secret still
 * opens no one's registration. A hash is stored when a mail or page first shows the link. New links (on request,
 * or when links are revoked) raise the generation and delete the stored hashes: the old links end for good.
 *
 * <p>The secret must stay the same across restarts and nodes: set {@code dialoog.registration.link-secret}, or let
 * the first start write a random key to {@code dialoog.registration.link-secret-file} (owner-only).
 */
@Component
public class PersonalLinks {

    private final byte[] key;
    private final RegistrationStore store;
    private final Clock clock;

    PersonalLinks(RegistrationSettings settings, RegistrationStore store, Clock clock) {
        this.key = key(settings);
        this.store = store;
        this.clock = clock;
    }

    /** The registration's current token of this kind, not yet stored (a mail stores it once it shows it). */
    String token(long registrationId, Tokens.Kind kind) {
        return derive(registrationId, kind, store.linkGeneration(registrationId));
    }

    /** Makes a token returned by {@link #token} work (again): stores its hash if it is not stored yet. */
    void keep(long registrationId, Tokens.Kind kind, String token) {
        store.keepToken(registrationId, Tokens.hash(token), kind, clock.instant());
    }

    /** The current token of this kind, working. */
    public String issue(long registrationId, Tokens.Kind kind) {
        String token = token(registrationId, kind);
        keep(registrationId, kind, token);
        return token;
    }

    /** Ends every link of the registration; links shown from now on are new ones. */
    public void revoke(long registrationId) {
        store.revokeTokens(registrationId);
    }

    private String derive(long registrationId, Tokens.Kind kind, int generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((kind.name() + ":" + registrationId + ":" + generation)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }

    private static byte[] key(RegistrationSettings settings) {
        if (settings.linkSecret() != null && !settings.linkSecret().isBlank()) {
            return settings.linkSecret().getBytes(StandardCharsets.UTF_8);
        }
        Path file = settings.linkSecretFile().toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException raced) {
                    return read(file);
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            }
            return read(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read or write the link key " + file
                    + "; set dialoog.registration.link-secret", failure);
        }
    }

    private static byte[] read(Path file) throws IOException {
        String text = Files.readString(file).strip();
        if (text.length() < 32) {
            throw new IllegalStateException("the link key in " + file + " is too short");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
