package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The module's API as other modules use it. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountsTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    AccountStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsAnAccountByIdWithItsOrganisation() {
        OrganisationId organisation = organisations.create(TestData.name("NGO network"), "https://ngo.example");
        String email = TestData.email();
        AccountId id = store.create(organisation, email, "Amina Diallo", "{noop}unused", Role.ORGANISER);

        assertThat(accounts.findById(id)).hasValueSatisfying(account -> {
            assertThat(account.email()).isEqualTo(email);
            assertThat(account.displayName()).isEqualTo("Amina Diallo");
            assertThat(account.organisationId()).isEqualTo(organisation);
            assertThat(account.role()).isEqualTo(Role.ORGANISER);
            assertThat(account.isAdmin()).isFalse();
        });
    }

    @Test
    void findsAnAccountByEmailWhateverItsCase() {
        OrganisationId organisation = organisations.create(TestData.name("Ministry"), null);
        String email = TestData.email();
        AccountId id = store.create(organisation, email, "Jan de Vries", "{noop}unused", Role.ORGANISER);

        assertThat(accounts.findByEmail("  " + email.toUpperCase(Locale.ROOT) + " "))
                .hasValueSatisfying(account -> assertThat(account.id()).isEqualTo(id));
    }

    @Test
    void answersEmptyForUnknownIdsAndAddresses() {
        assertThat(accounts.findById(new AccountId(Long.MAX_VALUE))).isEmpty();
        assertThat(accounts.findByEmail(TestData.email())).isEmpty();
        assertThat(accounts.findOrganisation(new OrganisationId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void showsAnOrganisationWithItsWebsite() {
        String name = TestData.name("Evaluation department");
        OrganisationId id = organisations.create(name, "https://iob.example");

        assertThat(accounts.findOrganisation(id)).contains(new OrganisationView(id, name, "https://iob.example"));
    }

    @Test
    void namesTheOldestEnabledAdministratorAsFirstAdmin() {
        Long oldestEnabledAdmin = jdbc.sql("SELECT MIN(id) FROM account WHERE role = 'ADMIN' AND enabled = TRUE")
                .query(Long.class).single();

        store.create(organisations.create(TestData.name("Later"), null), TestData.email(), "Later admin",
                "{noop}unused", Role.ADMIN);

        assertThat(accounts.firstAdmin()).hasValueSatisfying(admin -> {
            assertThat(admin.id().value()).isEqualTo(oldestEnabledAdmin);
            assertThat(admin.isAdmin()).isTrue();
        });
    }
}
