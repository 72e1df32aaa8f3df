package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.dialoog.account.InvitationUnavailable.Reason;
import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An invitation's life: created, accepted once, or refused because it expired, was used, revoked or forged. */
@SpringBootTest
@AutoConfigureMockMvc
class InvitationTests {

    @Autowired
    Invitations invitations;

    @Autowired
    Organisations organisations;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Audit audit;

    OrganisationId organisation;
    String email;

    @BeforeEach
    void anOrganisation() {
        organisation = organisations.create(TestData.name("Inviting"), null);
        email = TestData.email();
    }

    @Test
    void createsAnUnguessableTokenOfAtLeast128Bits() {
        String one = invitations.invite(organisation, email, Role.ORGANISER, "admin").token();
        String other = invitations.invite(organisation, TestData.email(), Role.ORGANISER, "admin").token();

        assertThat(one).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(other);
        assertThat(java.util.Base64.getUrlDecoder().decode(one)).hasSize(32);
    }

    @Test
    void expiresAfterTheConfiguredValidity() {
        Invitation invitation = invitations.invite(organisation, email, Role.ORGANISER, "admin").invitation();

        assertThat(invitation.expiresAt()).isBetween(
                java.time.Instant.now().plus(java.time.Duration.ofDays(7)).minusSeconds(60),
                java.time.Instant.now().plus(java.time.Duration.ofDays(7)));
    }

    @Test
    void acceptingCreatesTheAccountInTheInvitationsOrganisationWithItsRole() {
        Invitations.Created created = invitations.invite(organisation, email, Role.ADMIN, "admin");

        AccountId id = invitations.accept(created.token(), "Kofi Mensah", "{noop}unused");

        assertThat(accounts.findById(id)).hasValueSatisfying(account -> {
            assertThat(account.email()).isEqualTo(email);
            assertThat(account.organisationId()).isEqualTo(organisation);
            assertThat(account.role()).isEqualTo(Role.ADMIN);
            assertThat(account.displayName()).isEqualTo("Kofi Mensah");
        });
        assertThat(audit.forSubject("invitation:" + created.invitation().id())).extracting(Audit.Entry::action)
                .containsExactly("account.invitation.created", "account.invitation.accepted");
    }

    @Test
    void refusesASecondUseOfTheSameLink() {
        String token = invitations.invite(organisation, email, Role.ORGANISER, "admin").token();
        invitations.accept(token, "First", "{noop}unused");

        assertThatThrownBy(() -> invitations.accept(token, "Second", "{noop}unused"))
                .isInstanceOfSatisfying(InvitationUnavailable.class, e -> assertThat(e.reason()).isEqualTo(Reason.USED));
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(a -> assertThat(a.displayName()).isEqualTo("First"));
    }

    @Test
    void refusesAnExpiredLink() {
        Invitations.Created created = invitations.invite(organisation, email, Role.ORGANISER, "admin");
        jdbc.sql("UPDATE invitation SET expires_at = :past WHERE id = :id")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .param("id", created.invitation().id()).update();

        assertThatThrownBy(() -> invitations.accept(created.token(), "Late", "{noop}unused"))
                .isInstanceOfSatisfying(InvitationUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void refusesARevokedLink() {
        Invitations.Created created = invitations.invite(organisation, email, Role.ORGANISER, "admin");
        invitations.revoke(created.invitation().id());

        assertThatThrownBy(() -> invitations.open(created.token()))
                .isInstanceOfSatisfying(InvitationUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REVOKED));
    }

    @Test
    void refusesForgedAndMalformedTokensAsUnknown() {
        invitations.invite(organisation, email, Role.ORGANISER, "admin");

        for (String token : List.of(InvitationTokens.generate(), "short", "", "x".repeat(43) + "=",
                "../../etc/passwd", "ä".repeat(43))) {
            assertThatThrownBy(() -> invitations.open(token))
                    .isInstanceOfSatisfying(InvitationUnavailable.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN));
        }
    }

    @Test
    void createsOneAccountWhenTheFormIsSentTwiceAtOnce() throws Exception {
        String token = invitations.invite(organisation, email, Role.ORGANISER, "admin").token();
        int attempts = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return invitations.accept(token, "Twice", "{noop}unused");
                }));
            }
            start.countDown();
        }

        long accepted = results.stream().filter(result -> outcome(result) instanceof AccountId).count();
        assertThat(accepted).isEqualTo(1);
        assertThat(results).allSatisfy(result -> assertThat(outcome(result))
                .isInstanceOfAny(AccountId.class, InvitationUnavailable.class));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = :email").param("email", email)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static Object outcome(Future<?> result) {
        try {
            return result.get();
        } catch (java.util.concurrent.ExecutionException failed) {
            return failed.getCause();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
