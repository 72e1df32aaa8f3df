package nl.dialoog.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations that accounts belong to and that own events. */
@Service
class Organisations {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Audit audit;

    Organisations(JdbcClient jdbc, Clock clock, Audit audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    OrganisationId create(String name, String website) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, website, created_at) VALUES (:name, :website, :now)")
                .param("name", name)
                .param("website", website == null || website.isBlank() ? null : website)
                .param("now", Times.utc(clock.instant()))
                .update(key, "id");
        OrganisationId id = new OrganisationId(key.getKeyAs(Number.class).longValue());
        audit.record("account.organisation.created", "organisation:" + id.value(), "name=" + name);
        return id;
    }

    Optional<OrganisationView> find(OrganisationId id) {
        return jdbc.sql("SELECT id, name, website FROM organisation WHERE id = :id")
                .param("id", id.value())
                .query(Organisations::view)
                .optional();
    }

    /** Names are compared without regard to case, so "NGO Network" and "ngo network" cannot both exist. */
    Optional<OrganisationView> findByName(String name) {
        return jdbc.sql("SELECT id, name, website FROM organisation WHERE LOWER(name) = LOWER(:name) ORDER BY id")
                .param("name", name.strip())
                .query(Organisations::view)
                .stream().findFirst();
    }

    List<OrganisationView> all() {
        return jdbc.sql("SELECT id, name, website FROM organisation ORDER BY LOWER(name), id")
                .query(Organisations::view)
                .list();
    }

    private static OrganisationView view(ResultSet rs, int row) throws SQLException {
        return new OrganisationView(new OrganisationId(rs.getLong(1)), rs.getString(2), rs.getString(3));
    }
}
