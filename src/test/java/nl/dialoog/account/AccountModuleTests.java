package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.dialoog.mail.MailQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The accounts module at its API, booted with only the outbox it mails sign-in links through and the shared kernel:
 * every other module leans on it, so it must stand without them. It publishes no events; other modules only ask it
 * questions.
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

    @Autowired
    SignInLinks signInLinks;

    @Autowired
    MailQueue mail;

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

    @Test
    void queuesASignInLinkInTheOutboxOfTheMailModule() {
        String email = TestData.email();
        store.create(organisations.create(TestData.name("Module test"), null), email, "Noor Bakker", "{noop}unused",
                Role.ORGANISER);

        signInLinks.request(email, "203.0.113.9", Locale.ENGLISH);

        assertThat(mail.about("sign-in-link")).anySatisfy(view -> assertThat(view.to()).isEqualTo(email));
    }
}
