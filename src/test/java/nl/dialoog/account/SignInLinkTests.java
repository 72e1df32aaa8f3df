package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The owner's way in when sign-in is throttled: a one-time link by mail, in the reader's language, stored only as a
 * hash, working once and only for a short while; asking tells nobody whether an account exists.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"dialoog.account.login-attempts=3", "dialoog.account.login-window=PT10M"})
class SignInLinkTests {

    private static final Pattern LINK = Pattern.compile("/login/link/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    MailQueue mails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aThrottledOwnerSignsInOnceWithTheMailedLink() {
        String email = anAccount();
        String address = TestData.address();
        for (int i = 0; i < 3; i++) {
            signIn(email, "wrong", address);
        }
        assertThat(signIn(email, TestData.PASSWORD, address)).hasRedirectedUrl("/login?error");

        String token = ask(email, "nl");
        MailView mail = mailTo(email).getFirst();
        assertThat(mail.subject()).isEqualTo("Uw inloglink voor Dialoog");
        assertThat(mail.text()).contains("15 minuten");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_sign_in_link WHERE token_hash = :t").param("t", token)
                .query(Long.class).single()).as("the token itself is never stored").isZero();

        assertThat(mvc.get().uri("/login/link/" + token)).hasStatusOk().bodyText().contains("Sign in");
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.post().uri("/login/link/" + token).session(session).with(csrf())
                .with(Pages.from(address))).hasRedirectedUrl("/organiser");
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNotNull();
        assertThat(mvc.get().uri("/organiser").session(session)).hasStatusOk();

        assertThat(mvc.post().uri("/login/link/" + token).session(new MockHttpSession()).with(csrf()))
                .hasStatus(410).bodyText().contains("does not work any more");
    }

    @Test
    void anExpiredLinkDoesNotSignIn() {
        String email = anAccount();
        String token = ask(email, "en");
        jdbc.sql("UPDATE account_sign_in_link SET expires_at = created_at - INTERVAL '1' MINUTE "
                + "WHERE account_id = (SELECT id FROM account WHERE email = :e)").param("e", email).update();

        assertThat(mvc.get().uri("/login/link/" + token)).hasStatus(410);
        assertThat(mvc.post().uri("/login/link/" + token).with(csrf())).hasStatus(410);
        assertThat(mvc.post().uri("/login/link/not-a-token").with(csrf())).hasStatus(410);
    }

    @Test
    void askingForAnUnknownAddressSaysTheSameAndSendsNothing() throws Exception {
        String unknown = TestData.email();
        String known = anAccount();

        String answerForUnknown = mvc.post().uri("/login/link").param("email", unknown).with(csrf()).exchange()
                .getResponse().getContentAsString();
        assertThat(mvc.post().uri("/login/link").param("email", known).with(csrf()))
                .hasStatusOk().bodyText().contains("If an account exists for this address");

        assertThat(answerForUnknown).contains("If an account exists for this address");
        assertThat(mailTo(unknown)).isEmpty();
        assertThat(mailTo(known)).hasSize(1);
    }

    @Test
    void askingIsLimitedSoNobodyFloodsAnOwnersMailbox() {
        String email = anAccount();
        for (int i = 0; i < 6; i++) {
            mvc.post().uri("/login/link").param("email", email).with(csrf()).with(Pages.from(TestData.address()))
                    .exchange();
        }

        assertThat(mailTo(email)).hasSize(3);
    }

    private String ask(String email, String language) {
        assertThat(mvc.post().uri("/login/link").param("email", email).header("Accept-Language", language)
                .with(csrf())).hasStatusOk();
        Matcher link = LINK.matcher(mailTo(email).getFirst().text());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private List<MailView> mailTo(String email) {
        return mails.about("sign-in-link").stream().filter(mail -> mail.to().equals(email)).toList();
    }

    private String anAccount() {
        String address = TestData.email();
        accounts.create(organisations.create(TestData.name("Linked"), null), address, "Organiser",
                passwords.encode(TestData.PASSWORD), Role.ORGANISER);
        return address;
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult signIn(String user, String password,
                                                                               String from) {
        return mvc.post().uri("/login").param("username", user).param("password", password)
                .with(csrf()).with(Pages.from(from)).exchange();
    }
}
