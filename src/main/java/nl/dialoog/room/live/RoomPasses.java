package nl.dialoog.room.live;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.dialoog.shared.FormSecret;
import org.springframework.stereotype.Component;

/**
 * The credential a room page hands its script: "participant p of room e until t", signed with the site's form
 * secret. The script sends it when it connects, so no cookie rides along with socket or stream requests (no
 * cross-site socket hijacking), and a pass stops working when it expires or its holder is removed.
 */
@Component
public class RoomPasses {

    private final byte[] key;
    private final Clock clock;
    private final RoomSettings settings;

    RoomPasses(FormSecret secret, Clock clock, RoomSettings settings) {
        this.key = secret.key();
        this.clock = clock;
        this.settings = settings;
    }

    public String issue(Participant participant) {
        long until = clock.instant().plus(settings.passValidity()).getEpochSecond();
        String body = participant.eventId() + "." + participant.id() + "." + until;
        return body + "." + sign(body);
    }

    /** The participant id a pass is for, if it is genuine, unexpired and for this room. */
    public Optional<Long> check(String pass, long eventId) {
        if (pass == null || pass.length() > 200) {
            return Optional.empty();
        }
        String[] parts = pass.split("\\.");
        if (parts.length != 4) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(parts[0]) != eventId
                    || Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(parts[1]));
        } catch (NumberFormatException forged) {
            return Optional.empty();
        }
    }

    /** The room a pass names, unchecked: only to pick the room whose check then decides. */
    public static long roomOf(String pass) {
        try {
            return pass == null ? -1 : Long.parseLong(pass.substring(0, Math.max(0, pass.indexOf('.'))));
        } catch (NumberFormatException forged) {
            return -1;
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("room-pass:".getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
