package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The sign-in page and what Spring Security's form login does with the accounts. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    String email;

    @BeforeEach
    void anOrganiser() {
        email = TestData.email();
        accounts.create(organisations.create(TestData.name("Partner"), null), email, "Organiser",
                passwords.encode(TestData.PASSWORD), Role.ORGANISER);
    }

    @Test
    void showsLabelledFieldsThatPasswordManagersRecognise() {
        Document page = Pages.html(mvc.get().uri("/login").exchange());

        Element user = page.selectFirst("form input[name=username]");
        Element password = page.selectFirst("form input[name=password]");
        assertThat(user.attr("type")).isEqualTo("email");
        assertThat(user.attr("autocomplete")).isEqualTo("username");
        assertThat(password.attr("type")).isEqualTo("password");
        assertThat(password.attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.select("label[for=username]").text()).isEqualTo("E-mail address");
        assertThat(page.select("label[for=password]").text()).isEqualTo("Password");
        assertThat(page.select("form input[name=_csrf]")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Sign in");
    }

    @Test
    void signsInWithTheRightPasswordWhateverTheCaseOfTheEmail() {
        MvcTestResult result = signIn(email.toUpperCase(java.util.Locale.ROOT), TestData.PASSWORD, new MockHttpSession());

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/organiser");
    }

    @Test
    void grantsOrganisersAndAdministratorsTheirRole() {
        MockHttpSession session = new MockHttpSession();
        signIn(email, TestData.PASSWORD, session);

        assertThat(mvc.get().uri("/admin").session(session)).hasStatus(403);
    }

    @Test
    void saysTheCredentialsAreWrongAfterAFailedSignIn() {
        MockHttpSession session = new MockHttpSession();
        MvcTestResult failed = signIn(email, "not the password", session);
        assertThat(failed).hasStatus3xxRedirection().hasRedirectedUrl("/login?error");

        Document page = Pages.html(mvc.get().uri("/login?error").session(session).exchange());

        Element alert = page.selectFirst("#login-error");
        assertThat(alert.attr("role")).isEqualTo("alert");
        assertThat(alert.text()).isEqualTo("The e-mail address or password is not correct. Please try again.");
        assertThat(page.selectFirst("#username").attr("aria-describedby")).isEqualTo("login-error");
    }

    @Test
    void refusesAnUnknownEmailWithTheSameMessage() {
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(TestData.email(), TestData.PASSWORD, session)).hasRedirectedUrl("/login?error");

        assertThat(Pages.html(mvc.get().uri("/login?error").session(session).exchange()).text())
                .contains("The e-mail address or password is not correct.");
    }

    @Test
    void refusesADisabledAccountEvenWithTheRightPassword() {
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE email = :email").param("email", email).update();

        assertThat(signIn(email, TestData.PASSWORD, new MockHttpSession())).hasRedirectedUrl("/login?error");
    }

    @Test
    void refusesAPasswordLongerThanBcryptReadsWithoutAnError() {
        assertThat(signIn(email, TestData.PASSWORD + "x".repeat(100), new MockHttpSession()))
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void refusesASignInWithoutCsrfToken() {
        assertThat(mvc.post().uri("/login").param("username", email).param("password", TestData.PASSWORD))
                .hasStatus(403);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | You have signed out.",
            "nl | U bent uitgelogd.",
            "fr | Votre session est fermée.",
            "es | Ha cerrado la sesión."})
    void confirmsSigningOutInTheReadersLanguage(String language, String message) {
        Document page = Pages.html(mvc.get().uri("/login?signedOut").header("Accept-Language", language).exchange());

        assertThat(page.select("[role=status]").text()).isEqualTo(message);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
    }

    @Test
    void welcomesSomeoneWhoJustAcceptedAnInvitation() {
        assertThat(Pages.html(mvc.get().uri("/login?accepted").exchange()).select("[role=status]").text())
                .isEqualTo("Your account is ready. Sign in with your e-mail address and your new password.");
    }

    @Test
    void showsNoMessageOnAPlainVisit() {
        Document page = Pages.html(mvc.get().uri("/login").exchange());

        assertThat(page.select("[role=alert], [role=status]")).isEmpty();
        assertThat(page.selectFirst("#username").hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void signsOutToTheHomePage() {
        MockHttpSession session = new MockHttpSession();
        signIn(email, TestData.PASSWORD, session);

        assertThat(mvc.post().uri("/logout").session(session).with(csrf())).hasRedirectedUrl("/login?signedOut");
    }

    private MvcTestResult signIn(String user, String password, MockHttpSession session) {
        return mvc.post().uri("/login").session(session)
                .param("username", user).param("password", password)
                .with(csrf()).with(Pages.from(TestData.address()))
                .exchange();
    }
}
