package nl.dialoog.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.dialoog.account.InvitationUnavailable.Reason;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.Times;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inviting organisers: an administrator creates a link, the invitee uses it once to create their account. */
@Service
class Invitations {

    /** A new invitation and its token: the only moment the token exists outside the invitee's link. */
    record Created(Invitation invitation, String token) {
    }

    private static final String SELECT = """
            SELECT i.id, i.organisation_id, o.name, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at
            FROM invitation i JOIN organisation o ON o.id = i.organisation_id""";

    private static final String PENDING = "i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountSettings settings;
    private final AccountStore accounts;
    private final Audit audit;

    Invitations(JdbcClient jdbc, Clock clock, AccountSettings settings, AccountStore accounts, Audit audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Invites an e-mail address into an organisation. An address has at most one pending invitation: a new one
     * replaces the old, whose link stops working (an administrator re-invites when the first link got lost).
     */
    @Transactional
    Created invite(OrganisationId organisation, String email, Role role, String invitedBy) {
        String address = Accounts.normaliseEmail(email);
        OffsetDateTime now = now();
        jdbc.sql("SELECT i.id FROM invitation i WHERE i.email = :email AND " + PENDING)
                .param("email", address).param("now", now)
                .query(Long.class).list()
                .forEach(replaced -> revoke(replaced, "replaced by a new invitation"));
        String token = InvitationTokens.generate();
        OffsetDateTime expires = now.plus(settings.invitationValidity());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO invitation (organisation_id, email, role, token_hash, created_at, created_by, expires_at)
                        VALUES (:organisation, :email, :role, :hash, :now, :by, :expires)""")
                .param("organisation", organisation.value())
                .param("email", address)
                .param("role", role.name())
                .param("hash", InvitationTokens.hash(token))
                .param("now", now)
                .param("by", invitedBy)
                .param("expires", expires)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        audit.record("account.invitation.created", subject(id),
                "email=" + address + ", organisation=" + organisation.value() + ", role=" + role);
        return new Created(find(id).orElseThrow(), token);
    }

    /** Revokes a pending invitation; false when it was no longer pending (used, revoked or expired). */
    @Transactional
    boolean revoke(long id) {
        return revoke(id, null);
    }

    Optional<Invitation> find(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(Invitations::invitation).optional();
    }

    List<Invitation> pending() {
        return jdbc.sql(SELECT + " WHERE " + PENDING + " ORDER BY i.expires_at, i.id")
                .param("now", now())
                .query(Invitations::invitation)
                .list();
    }

    /** The invitation behind a link, if it can still be accepted; otherwise says why not. */
    Invitation open(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            throw new InvitationUnavailable(Reason.UNKNOWN);
        }
        Invitation invitation = jdbc.sql(SELECT + " WHERE i.token_hash = :hash")
                .param("hash", InvitationTokens.hash(token))
                .query(Invitations::invitation)
                .optional()
                .orElseThrow(() -> new InvitationUnavailable(Reason.UNKNOWN));
        if (invitation.acceptedAt() != null) {
            throw new InvitationUnavailable(Reason.USED);
        }
        if (invitation.revokedAt() != null) {
            throw new InvitationUnavailable(Reason.REVOKED);
        }
        if (!invitation.expiresAt().isAfter(clock.instant())) {
            throw new InvitationUnavailable(Reason.EXPIRED);
        }
        return invitation;
    }

    /**
     * Creates the invitee's account and uses up the invitation, both or neither. The conditional update claims the
     * invitation once even when the form is sent twice at the same moment; the unique e-mail address of accounts
     * backs that up on databases that let both updates through.
     */
    @Transactional
    AccountId accept(String token, String displayName, String passwordHash) {
        Invitation invitation = open(token);
        int claimed = jdbc.sql("UPDATE invitation i SET accepted_at = :now WHERE i.id = :id AND " + PENDING)
                .param("id", invitation.id()).param("now", now())
                .update();
        if (claimed == 0) {
            throw new InvitationUnavailable(Reason.USED);
        }
        AccountId account;
        try {
            account = accounts.create(invitation.organisationId(), invitation.email(), displayName, passwordHash,
                    invitation.role());
        } catch (DataIntegrityViolationException accountExists) {
            throw new InvitationUnavailable(Reason.USED);
        }
        jdbc.sql("UPDATE invitation SET account_id = :account WHERE id = :id")
                .param("account", account.value()).param("id", invitation.id())
                .update();
        audit.recordAs(invitation.email(), "account.invitation.accepted", subject(invitation.id()),
                "account=" + account.value());
        return account;
    }

    private boolean revoke(long id, String why) {
        int revoked = jdbc.sql("UPDATE invitation i SET revoked_at = :now WHERE i.id = :id AND " + PENDING)
                .param("id", id).param("now", now())
                .update();
        if (revoked == 1) {
            audit.record("account.invitation.revoked", subject(id), why);
        }
        return revoked == 1;
    }

    private OffsetDateTime now() {
        return Times.utc(clock.instant());
    }

    private static String subject(long id) {
        return "invitation:" + id;
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getLong(1), new OrganisationId(rs.getLong(2)), rs.getString(3), rs.getString(4),
                Role.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7), instant(rs, 8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
