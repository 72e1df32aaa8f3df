package nl.dialoog.room.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.dialoog.event.EventCatalog;
import nl.dialoog.event.EventId;
import nl.dialoog.event.EventView;
import nl.dialoog.room.RoomClosed;
import nl.dialoog.room.RoomDoor;
import nl.dialoog.room.RoomRole;
import nl.dialoog.room.live.Actor;
import nl.dialoog.room.live.Participant;
import nl.dialoog.room.live.ParticipantStore;
import nl.dialoog.room.live.RoomPasses;
import nl.dialoog.room.live.RoomRefusal;
import nl.dialoog.room.live.RoomSettings;
import nl.dialoog.room.live.RoomStore;
import nl.dialoog.room.protocol.ModerationFrame;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal links that let someone without a registration enter a room as moderator or panelist: a host makes one
 * in the room, hands it over, and can revoke it. The link holds 256 random bits; only their SHA-256 is stored. The
 * first use makes the participant, and the link keeps entering as that participant (until revoked or removed).
 * Invited staff may enter any time until the room closes, to prepare.
 */
@Service
public class RoomInvitations {

    static final String PATH = "/room/invite/";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = """
            SELECT id, role, display_name, created_at, revoked_at IS NOT NULL, participant_id FROM room_invitation""";

    private final JdbcClient jdbc;
    private final ParticipantStore participants;
    private final RoomStore rooms;
    private final RoomPasses passes;
    private final EventCatalog catalog;
    private final RoomSettings settings;
    private final Audit audit;
    private final Clock clock;

    RoomInvitations(JdbcClient jdbc, ParticipantStore participants, RoomStore rooms, RoomPasses passes,
                EventCatalog catalog, RoomSettings settings, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.rooms = rooms;
        this.passes = passes;
        this.catalog = catalog;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enters the room by an invitation link's token. */
    @Transactional
    public RoomDoor enter(String token) {
        Invitation invitation = jdbc.sql("""
                        SELECT id, event_id, role, display_name, revoked_at IS NOT NULL, participant_id
                        FROM room_invitation WHERE token_hash = :hash FOR UPDATE""")
                .param("hash", hash(token))
                .query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), RoomRole.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5), (Long) rs.getObject(6, Long.class)))
                .optional()
                .filter(found -> !found.revoked())
                .orElseThrow(() -> new RoomClosed("room.moderation.invite.invalid"));
        EventView event = catalog.find(new EventId(invitation.eventId()))
                .orElseThrow(() -> new RoomClosed("room.closed.gone"));
        if (!clock.instant().isBefore(event.end().plus(settings.openAfterEnd()))) {
            throw new RoomClosed("room.closed.notOpen");
        }
        rooms.ensure(invitation.eventId());
        Participant participant = invitation.participantId() == null
                ? firstEntry(invitation)
                : participants.find(invitation.participantId()).orElseThrow();
        if (participant.removed()) {
            throw new RoomClosed("room.closed.removed");
        }
        return new RoomDoor(participant.eventId(), participant.id(), participant.displayName(), participant.role(),
                event.zone().getId(), passes.issue(participant));
    }

    private Participant firstEntry(Invitation invitation) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_participant (event_id, invitation_id, role, display_name, created_at)
                        VALUES (:event, :invitation, :role, :name, :now)""")
                .param("event", invitation.eventId())
                .param("invitation", invitation.id())
                .param("role", invitation.role().name())
                .param("name", invitation.name())
                .param("now", Times.utc(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("UPDATE room_invitation SET participant_id = :participant WHERE id = :id")
                .param("participant", id)
                .param("id", invitation.id())
                .update();
        return participants.find(id).orElseThrow();
    }

    /** A host invites someone by name as moderator or panelist; the answer holds the link, shown only now. */
    ModerationFrame.Invitation invite(Actor host, String wantedRole, String rawName) {
        RoomRole role = switch (wantedRole) {
            case "MODERATOR" -> RoomRole.MODERATOR;
            case "PANELIST" -> RoomRole.PANELIST;
            default -> throw new RoomRefusal("room.moderation.error.badRole");
        };
        String name = rawName.strip();
        if (name.isEmpty() || name.length() > 80 || name.chars().anyMatch(Character::isISOControl)) {
            throw new RoomRefusal("room.moderation.error.inviteName", "80");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO room_invitation (event_id, token_hash, role, display_name, created_by, created_at)
                        VALUES (:event, :hash, :role, :name, :by, :now)""")
                .param("event", host.eventId())
                .param("hash", hash(token))
                .param("role", role.name())
                .param("name", name)
                .param("by", host.participantId())
                .param("now", Times.utc(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.recordAs(ModerationFeature.who(host), "room.invitation.created", "event:" + host.eventId(),
                "invitation " + id + " for " + name + " as " + role);
        return find(host.eventId(), id).orElseThrow().withPath(PATH + token);
    }

    ModerationFrame.Invitation revoke(Actor host, long id) {
        int revoked = jdbc.sql("""
                        UPDATE room_invitation SET revoked_at = :now
                        WHERE id = :id AND event_id = :event AND revoked_at IS NULL""")
                .param("now", Times.utc(clock.instant()))
                .param("id", id)
                .param("event", host.eventId())
                .update();
        if (revoked == 0) {
            throw new RoomRefusal("room.moderation.error.noSuchInvitation");
        }
        audit.recordAs(ModerationFeature.who(host), "room.invitation.revoked", "event:" + host.eventId(),
                "invitation " + id);
        return find(host.eventId(), id).orElseThrow();
    }

    /** The room's invitations, newest first, without their links (which are not kept). */
    List<ModerationFrame.Invitation> list(long eventId) {
        return jdbc.sql(SELECT + " WHERE event_id = :event ORDER BY id DESC")
                .param("event", eventId)
                .query((rs, n) -> view(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5), rs.getObject(6) != null))
                .list();
    }

    private Optional<ModerationFrame.Invitation> find(long eventId, long id) {
        return jdbc.sql(SELECT + " WHERE event_id = :event AND id = :id")
                .param("event", eventId)
                .param("id", id)
                .query((rs, n) -> view(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5), rs.getObject(6) != null))
                .optional();
    }

    private static ModerationFrame.Invitation view(long id, String role, String name, Instant at, boolean revoked,
                                                   boolean used) {
        return new ModerationFrame.Invitation(id, role, name, at.toString(), revoked, used, null);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Invitation(long id, long eventId, RoomRole role, String name, boolean revoked,
                              Long participantId) {
    }
}
