package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import nl.dialoog.shared.Audit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Failed sign-ins are limited per client network, per account and network (3 per window here), and per account
 * across networks (ten networks' worth): a stranger elsewhere cannot lock the owner out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"dialoog.account.login-attempts=3", "dialoog.account.login-window=PT10M"})
class LoginThrottleTests {

    static final String WRONG = "not the password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Audit audit;

    String email;
    String address;

    @BeforeEach
    void anOrganiserAtAnAddress() {
        email = anAccount();
        address = TestData.address();
    }

    @Test
    void acceptsTheRightPasswordWhileAttemptsRemain() {
        signIn(email, WRONG, address);
        signIn(email, WRONG, address);

        assertThat(signIn(email, TestData.PASSWORD, address)).hasRedirectedUrl("/organiser");
    }

    @Test
    void refusesEvenTheRightPasswordFromANetworkThatFailedTooOftenAtTheAccount() {
        for (int i = 0; i < 3; i++) {
            signIn(email, WRONG, address);
        }

        assertThat(signIn(email, TestData.PASSWORD, address)).hasRedirectedUrl("/login?error");
    }

    @Test
    void aStrangerWhoKnowsTheAddressCannotLockTheOwnerOutFromElsewhere() {
        String stranger = TestData.address();
        for (int i = 0; i < 10; i++) {
            signIn(email, WRONG, stranger);
        }

        assertThat(signIn(email, TestData.PASSWORD, address)).hasRedirectedUrl("/organiser");
    }

    @Test
    void guessesSpreadOverManyNetworksAreCappedPerAccount() {
        for (int i = 0; i < 3 * LoginThrottle.NETWORKS_PER_ACCOUNT; i++) {
            signIn(email, WRONG, "203.0.113." + i);
        }

        assertThat(signIn(email, TestData.PASSWORD, address)).hasRedirectedUrl("/login?error");
    }

    @Test
    void refusesEveryAccountFromAnAddressThatFailedTooOften() {
        for (int i = 0; i < 3; i++) {
            signIn(TestData.email(), WRONG, address);
        }

        assertThat(signIn(email, TestData.PASSWORD, address)).hasRedirectedUrl("/login?error");
        assertThat(signIn(email, TestData.PASSWORD, TestData.address())).hasRedirectedUrl("/organiser");
    }

    @Test
    void doesNotClearAnAddressesFailuresWhenSomeoneSignsInFromIt() {
        signIn(TestData.email(), WRONG, address);
        signIn(TestData.email(), WRONG, address);
        assertThat(signIn(email, TestData.PASSWORD, address)).hasRedirectedUrl("/organiser");

        signIn(TestData.email(), WRONG, address);

        assertThat(signIn(anAccount(), TestData.PASSWORD, address)).hasRedirectedUrl("/login?error");
    }

    @Test
    void forgivesAnAccountsOwnMistypesOnceTheyGetTheirPasswordRight() {
        signIn(email, WRONG, TestData.address());
        signIn(email, WRONG, TestData.address());
        assertThat(signIn(email, TestData.PASSWORD, TestData.address())).hasRedirectedUrl("/organiser");

        signIn(email, WRONG, TestData.address());
        signIn(email, WRONG, TestData.address());

        assertThat(signIn(email, TestData.PASSWORD, TestData.address())).hasRedirectedUrl("/organiser");
    }

    @Test
    void tellsTheVisitorToWaitRatherThanThatThePasswordIsWrong() {
        for (int i = 0; i < 3; i++) {
            signIn(email, WRONG, address);
        }
        MockHttpSession session = new MockHttpSession();
        mvc.post().uri("/login").session(session).param("username", email).param("password", TestData.PASSWORD)
                .with(csrf()).with(Pages.from(address)).exchange();

        String alert = Pages.html(mvc.get().uri("/login?error").session(session).exchange()).select("#login-error")
                .text();

        assertThat(alert).isEqualTo("Too many unsuccessful attempts to sign in. Please wait 10 minutes and try again, "
                + "or get a sign-in link by e-mail.");
    }

    @Test
    void auditsThatSigningInWasThrottledOnce() {
        for (int i = 0; i < 5; i++) {
            signIn(email, WRONG, address);
        }

        assertThat(audit.forSubject("login:" + email))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("account.signIn.throttled");
                    assertThat(entry.detail()).contains("exhausted=address,email+address");
                });
    }

    private String anAccount() {
        String address = TestData.email();
        accounts.create(organisations.create(TestData.name("Throttled"), null), address, "Organiser",
                passwords.encode(TestData.PASSWORD), Role.ORGANISER);
        return address;
    }

    private MvcTestResult signIn(String user, String password, String from) {
        return mvc.post().uri("/login").param("username", user).param("password", password)
                .with(csrf()).with(Pages.from(from)).exchange();
    }
}
