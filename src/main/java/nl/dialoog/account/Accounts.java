package nl.dialoog.account;

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

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account signed in under this e-mail address (case does not matter). */
    public Optional<AccountView> findByEmail(String email) {
        return jdbc.sql(SELECT_VIEW + " WHERE a.email = :email")
                .param("email", normaliseEmail(email))
                .query((rs, n) -> new AccountView(new AccountId(rs.getLong(1)), new OrganisationId(rs.getLong(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), Role.valueOf(rs.getString(6))))
                .optional();
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
