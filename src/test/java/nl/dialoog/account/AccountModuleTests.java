package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The accounts module at its API, booted with nothing but the shared kernel: every other module leans on it, so it
 * must stand on its own. It publishes no events; other modules only ask it questions.
 */
// the module graph itself is verified (production code only) by ModularityTests
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class AccountModuleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    AccountStore store;

    @Test
    void startsWithAnAdministratorThatOtherModulesCanFind() {
        assertThat(accounts.firstAdmin()).hasValueSatisfying(admin -> {
            assertThat(admin.isAdmin()).isTrue();
            assertThat(accounts.findOrganisation(admin.organisationId())).isPresent();
        });
    }

    @Test
    void findsAnOrganiserByAddressWithItsOrganisation() {
        OrganisationId organisation = organisations.create(TestData.name("Module test"), null);
        String email = TestData.email();
        AccountId id = store.create(organisation, email, "Noor Bakker", "{noop}unused", Role.ORGANISER);

        assertThat(accounts.findByEmail(email)).hasValueSatisfying(account -> {
            assertThat(account.id()).isEqualTo(id);
            assertThat(account.organisationId()).isEqualTo(organisation);
            assertThat(account.isAdmin()).isFalse();
        });
    }
}
