package nl.dialoog.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The accounts module's API: look up organisers and their organisations. */
@Service
public class Accounts {

    private static final String SELECT_VIEW = """
            SELECT a.id, a.organisation_id, o.name, a.email, a.display_name, a.role
            FROM account a JOIN organisation o ON o.id = a.organisation_id""";

    private final JdbcClient jdbc;
    private final Organisations organisations;

    Accounts(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** The organiser behind a signed-in request; a principal without an account (removed meanwhile) is refused. */
    public AccountView signedIn(java.security.Principal principal) {
        return findByEmail(principal.getName()).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("no account"));
    }

    /** The account signed in under this e-mail address (case does not matter). */
    public Optional<AccountView> findByEmail(String email) {
        return jdbc.sql(SELECT_VIEW + " WHERE a.email = :email")
                .param("email", normaliseEmail(email))
                .query(Accounts::view)
                .optional();
    }

    public Optional<AccountView> findById(AccountId id) {
        return jdbc.sql(SELECT_VIEW + " WHERE a.id = :id").param("id", id.value()).query(Accounts::view).optional();
    }

    public Optional<OrganisationView> findOrganisation(OrganisationId id) {
        return organisations.find(id);
    }

    /** The oldest enabled administrator: the one created at first start, unless it was disabled since. */
    public Optional<AccountView> firstAdmin() {
        return jdbc.sql(SELECT_VIEW + " WHERE a.role = :role AND a.enabled = TRUE ORDER BY a.id FETCH FIRST 1 ROWS ONLY")
                .param("role", Role.ADMIN.name())
                .query(Accounts::view)
                .optional();
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static AccountView view(ResultSet rs, int row) throws SQLException {
        return new AccountView(new AccountId(rs.getLong(1)), new OrganisationId(rs.getLong(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), Role.valueOf(rs.getString(6)));
    }
}
