package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The invitee's page: create an account from a link, or learn why the link does not work. */
@SpringBootTest
@AutoConfigureMockMvc
class AcceptInvitationPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Invitations invitations;

    @Autowired
    Organisations organisations;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    String organisationName;
    String email;
    Invitations.Created invitation;

    @BeforeEach
    void anInvitation() {
        organisationName = TestData.name("Evaluation department");
        email = TestData.email();
        invitation = invitations.invite(organisations.create(organisationName, null), email, Role.ORGANISER,
                "admin@dialoog.test");
    }

    @Test
    void showsWhoIsInvitedWhereWithAFormForNameAndPassword() {
        Document page = Pages.html(mvc.get().uri("/invitations/{token}", invitation.token()).exchange());

        assertThat(page.select("h1").text()).isEqualTo("Create your account");
        assertThat(page.select("main p").first().text())
                .isEqualTo("You have been invited to join " + organisationName + " on Dialoog. Your role: Organiser.");
        assertThat(page.selectFirst("input#email").val()).isEqualTo(email);
        assertThat(page.selectFirst("input#email").attr("autocomplete")).isEqualTo("username");
        assertThat(page.selectFirst("input#displayName").attr("autocomplete")).isEqualTo("name");
        assertThat(page.selectFirst("input#password").attr("autocomplete")).isEqualTo("new-password");
        assertThat(page.selectFirst("input#password").attr("aria-describedby")).isEqualTo("password-hint");
        assertThat(page.selectFirst("input#confirmation").attr("autocomplete")).isEqualTo("new-password");
        assertThat(page.selectFirst("form").attr("action")).isEqualTo("/invitations/" + invitation.token());
    }

    @Test
    void createsTheAccountAndSendsTheInviteeToSignIn() {
        MvcTestResult result = accept(invitation.token(), "Amina Diallo", "a long enough passphrase");

        assertThat(result).hasRedirectedUrl("/login?accepted");
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(account -> {
            assertThat(account.displayName()).isEqualTo("Amina Diallo");
            assertThat(account.organisationName()).isEqualTo(organisationName);
        });
        assertThat(mvc.post().uri("/login").param("username", email).param("password", "a long enough passphrase")
                .with(csrf()).with(Pages.from(TestData.address()))).hasRedirectedUrl("/organiser");
    }

    @Test
    void createsOneAccountWhenTheFormIsSentTwice() {
        accept(invitation.token(), "Amina Diallo", "a long enough passphrase");

        MvcTestResult again = accept(invitation.token(), "Amina Diallo", "a long enough passphrase");

        assertThat(again).hasStatus(410);
        assertThat(Pages.html(again).select("h1").text()).isEqualTo("This invitation has already been used");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = :email").param("email", email)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesAShortPasswordAndADifferentConfirmationWithoutSendingPasswordsBack() {
        MvcTestResult result = mvc.post().uri("/invitations/{token}", invitation.token())
                .param("displayName", "Amina").param("password", "short").param("confirmation", "other")
                .with(csrf()).exchange();

        assertThat(result).hasStatusOk();
        Document page = Pages.html(result);
        assertThat(page.selectFirst("#password-error").text()).isEqualTo("The password must be at least 12 characters long.");
        assertThat(page.selectFirst("#confirmation-error").text()).isEqualTo("The two passwords are not the same.");
        assertThat(page.selectFirst("input#password").attr("aria-describedby")).isEqualTo("password-hint password-error");
        assertThat(page.selectFirst("input#password").val()).isEmpty();
        assertThat(page.selectFirst("input#displayName").val()).isEqualTo("Amina");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#password", "#confirmation");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void refusesAMissingOrOversizedName() {
        assertThat(Pages.html(accept(invitation.token(), " ", "a long enough passphrase"))
                .selectFirst("#displayName-error").text()).isEqualTo("Enter your name.");
        assertThat(Pages.html(accept(invitation.token(), "N".repeat(201), "a long enough passphrase"))
                .selectFirst("#displayName-error").text()).isEqualTo("Your name can be at most 200 characters long.");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void refusesAPasswordLongerThanBcryptCanHold() {
        String password = "é".repeat(40);

        assertThat(Pages.html(accept(invitation.token(), "Amina", password)).selectFirst("#password-error").text())
                .startsWith("The password is too long.");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The password must be at least 12 characters long.",
            "nl | Het wachtwoord moet minstens 12 tekens lang zijn.",
            "fr | Le mot de passe doit compter au moins 12 caractères.",
            "es | La contraseña debe tener al menos 12 caracteres."})
    void translatesErrors(String language, String message) {
        Document page = Pages.html(mvc.post().uri("/invitations/{token}", invitation.token())
                .param("displayName", "Amina").param("password", "short").param("confirmation", "short")
                .header("Accept-Language", language).with(csrf()).exchange());

        assertThat(page.selectFirst("#password-error").text()).isEqualTo(message);
    }

    @Test
    void answersGoneWithAnExplanationForAUsedLink() {
        accept(invitation.token(), "Amina Diallo", "a long enough passphrase");

        MvcTestResult result = mvc.get().uri("/invitations/{token}", invitation.token()).exchange();

        assertThat(result).hasStatus(410);
        assertThat(Pages.html(result).select("main p").first().text())
                .isEqualTo("An account has already been created with this link. Sign in with your e-mail address and password.");
    }

    @Test
    void answersGoneForAnExpiredLinkAlsoWhenTheFormIsSent() {
        jdbc.sql("UPDATE invitation SET expires_at = :past WHERE id = :id")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                .param("id", invitation.invitation().id()).update();

        MvcTestResult shown = mvc.get().uri("/invitations/{token}", invitation.token())
                .header("Accept-Language", "nl").exchange();
        MvcTestResult sent = accept(invitation.token(), "Late", "a long enough passphrase");

        assertThat(shown).hasStatus(410);
        assertThat(Pages.html(shown).select("h1").text()).isEqualTo("Deze uitnodiging is verlopen");
        assertThat(sent).hasStatus(410);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void answersGoneForARevokedLink() {
        invitations.revoke(invitation.invitation().id());

        MvcTestResult result = mvc.get().uri("/invitations/{token}", invitation.token()).exchange();

        assertThat(result).hasStatus(410);
        assertThat(Pages.html(result).select("h1").text()).isEqualTo("This invitation has been withdrawn");
    }

    @Test
    void answersNotFoundForForgedOrMalformedLinks() {
        for (String token : new String[] {InvitationTokens.generate(), "abc", "a".repeat(44), "a.b"}) {
            MvcTestResult result = mvc.get().uri("/invitations/" + token).exchange();

            assertThat(result).hasStatus(404);
            assertThat(Pages.html(result).select("h1").text()).isEqualTo("Invitation not found");
        }
        assertThat(accept(InvitationTokens.generate(), "Forger", "a long enough passphrase")).hasStatus(404);
    }

    @Test
    void refusesSuspiciousEncodingsBeforeTheyReachThePage() {
        // Spring Security's firewall answers these with 400 itself; what matters is that nothing breaks.
        assertThat(mvc.get().uri("/invitations/%E2%80%AE" + "a".repeat(40))).hasStatus(400);
    }

    @Test
    void needsNoSignInButACsrfToken() {
        assertThat(mvc.post().uri("/invitations/{token}", invitation.token()).param("displayName", "No token")
                .param("password", "a long enough passphrase").param("confirmation", "a long enough passphrase"))
                .hasStatus(403);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    private MvcTestResult accept(String token, String name, String password) {
        return mvc.post().uri("/invitations/{token}", token)
                .param("displayName", name).param("password", password).param("confirmation", password)
                .with(csrf()).exchange();
    }
}
