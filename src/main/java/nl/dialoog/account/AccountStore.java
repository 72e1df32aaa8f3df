package nl.dialoog.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts in the database, with what only this module may see: password hashes and the enabled flag. */
@Repository
class AccountStore {

    /** What signing in needs to know about an account. */
    record Credentials(String email, String passwordHash, Role role, boolean enabled) {
    }

    /** An account as the administration pages list it. */
    record Member(AccountId id, OrganisationId organisationId, String email, String displayName, Role role,
                  boolean enabled) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Creates an account. The e-mail address must already be normalised; a second account with the same address
     * fails on the unique constraint (DuplicateKeyException), which is what keeps double submits harmless.
     */
    AccountId create(OrganisationId organisation, String email, String displayName, String passwordHash, Role role) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO account (organisation_id, email, display_name, password_hash, role, enabled, created_at)
                        VALUES (:organisation, :email, :displayName, :hash, :role, TRUE, :now)""")
                .param("organisation", organisation.value())
                .param("email", email)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("role", role.name())
                .param("now", Times.utc(clock.instant()))
                .update(key, "id");
        return new AccountId(key.getKeyAs(Number.class).longValue());
    }

    boolean anyExists() {
        return jdbc.sql("SELECT id FROM account FETCH FIRST 1 ROWS ONLY").query(Long.class).optional().isPresent();
    }

    Optional<Credentials> credentials(String email) {
        return jdbc.sql("SELECT email, password_hash, role, enabled FROM account WHERE email = :email")
                .param("email", Accounts.normaliseEmail(email))
                .query((rs, n) -> new Credentials(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getBoolean(4)))
                .optional();
    }

    List<Member> members() {
        return jdbc.sql("""
                        SELECT id, organisation_id, email, display_name, role, enabled FROM account
                        ORDER BY LOWER(display_name), id""")
                .query((rs, n) -> new Member(new AccountId(rs.getLong(1)), new OrganisationId(rs.getLong(2)),
                        rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)), rs.getBoolean(6)))
                .list();
    }
}
