package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.dialoog.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The same pages through a real server, where error pages are rendered by the servlet container's error dispatch
 * (MockMvc does not do that): every broken link or address ends on a translated page, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountPagesOverHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    Invitations invitations;

    @Autowired
    Organisations organisations;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void showsATranslatedNotFoundPageForAForgedInvitation() {
        HttpResponse<String> response = new Http(port).page("/invitations/" + InvitationTokens.generate(), "nl");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Uitnodiging niet gevonden").doesNotContain("Exception");
    }

    @Test
    void showsATranslatedGonePageForAUsedInvitation() {
        String token = invitations.invite(organisations.create(TestData.name("Used"), null), TestData.email(),
                Role.ORGANISER, "admin").token();
        invitations.accept(token, "Someone", "{noop}unused");

        HttpResponse<String> response = new Http(port).page("/invitations/" + token, "es");

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.body()).contains("Esta invitación ya se ha utilizado");
    }

    @Test
    void acceptsAnInvitationThroughTheRealFormAndSignsIn() {
        String email = TestData.email();
        String token = invitations.invite(organisations.create(TestData.name("Real"), null), email,
                Role.ORGANISER, "admin").token();
        Http http = new Http(port);

        HttpResponse<String> accepted = http.submit("/invitations/" + token, "/invitations/" + token,
                Map.of("displayName", "Real Person", "password", TestData.PASSWORD, "confirmation", TestData.PASSWORD));

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?accepted"));
        assertThat(http.page("/login?accepted", "en").body()).contains("Your account is ready.");
        assertThat(Pages.signIn(http, email, TestData.PASSWORD)).isTrue();
    }

    @Test
    void showsErrorPagesForUnknownOrganisationsToAdministrators() {
        String admin = TestData.email();
        accounts.create(organisations.create(TestData.name("Admins"), null), admin, "Admin",
                passwords.encode(TestData.PASSWORD), Role.ADMIN);
        Http http = new Http(port);
        assertThat(Pages.signIn(http, admin, TestData.PASSWORD)).isTrue();

        HttpResponse<String> unknown = http.page("/admin/organisations/" + Long.MAX_VALUE + "/invitations/new", "fr");
        HttpResponse<String> malformed = http.page("/admin/organisations/abc/invitations/new", "fr");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page introuvable");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception");
        assertThat(http.page("/admin", "fr").statusCode()).isEqualTo(200);
    }
}
