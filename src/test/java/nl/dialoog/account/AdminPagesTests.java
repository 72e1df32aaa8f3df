package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import nl.dialoog.shared.Audit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administration pages: the overview, new organisations, invitations and revoking them. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminPagesTests {

    static final RequestPostProcessor ADMIN = user("admin@dialoog.test").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    AccountStore accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Audit audit;

    @Test
    void sendsAnonymousVisitorsToSignIn() {
        assertThat(mvc.get().uri("/admin")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void keepsOrganisersOut() {
        assertThat(mvc.get().uri("/admin").with(user("o@dialoog.test").roles("ORGANISER"))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/organisations/new").param("name", TestData.name("Sneaky"))
                .with(user("o@dialoog.test").roles("ORGANISER")).with(csrf())).hasStatus(403);
    }

    @Test
    void listsOrganisationsWithTheirAccountsAndPendingInvitations() {
        String name = TestData.name("Network");
        OrganisationId organisation = organisations.create(name, "https://network.example");
        String member = TestData.email();
        accounts.create(organisation, member, "Fatou Ndiaye", "{noop}unused", Role.ORGANISER);
        String invited = TestData.email();
        invitations.invite(organisation, invited, Role.ADMIN, "admin@dialoog.test");

        Document page = Pages.html(mvc.get().uri("/admin").with(ADMIN).exchange());

        Element section = page.select("section").stream()
                .filter(s -> s.select("h2").text().equals(name)).findFirst().orElseThrow();
        assertThat(section.select("a[href=https://network.example]")).hasSize(1);
        assertThat(section.select("table").first().text()).contains("Fatou Ndiaye", member, "Organiser", "Active");
        assertThat(section.select("table").last().text()).contains(invited, "Administrator");
        assertThat(section.select("time").attr("datetime")).isNotBlank();
        assertThat(section.select("time").text()).endsWith("(Coordinated Universal Time)");
        assertThat(section.select("form button").text()).isEqualTo("Revoke " + invited);
    }

    @Test
    void createsAnOrganisationAndAuditsIt() {
        String name = TestData.name("Ministry");

        MvcTestResult result = mvc.post().uri("/admin/organisations/new")
                .param("name", "  " + name + " ").param("website", "https://ministry.example/iob")
                .with(ADMIN).with(csrf()).exchange();

        assertThat(result).hasRedirectedUrl("/admin").flash().containsEntry("organisationCreated", name);
        OrganisationView created = organisations.findByName(name).orElseThrow();
        assertThat(created.website()).isEqualTo("https://ministry.example/iob");
        assertThat(audit.forSubject("organisation:" + created.id().value()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("account.organisation.created");
                    assertThat(entry.actor()).isEqualTo("admin@dialoog.test");
                });
    }

    @Test
    void createsAnOrganisationWithoutWebsite() {
        String name = TestData.name("No site");

        assertThat(postOrganisation(name, "")).hasRedirectedUrl("/admin");
        assertThat(organisations.findByName(name)).hasValueSatisfying(o -> assertThat(o.website()).isNull());
    }

    @Test
    void showsFieldErrorsLinkedToTheirFieldsAndKeepsWhatWasTyped() {
        Document page = Pages.html(postOrganisation("", "ftp://files.example"));

        Element name = page.selectFirst("input#name");
        Element website = page.selectFirst("input#website");
        assertThat(name.attr("aria-invalid")).isEqualTo("true");
        assertThat(name.attr("aria-describedby")).isEqualTo("name-error");
        assertThat(page.selectFirst("#name-error").text()).isEqualTo("Enter the name of the organisation.");
        assertThat(website.attr("aria-describedby")).isEqualTo("website-hint website-error");
        assertThat(website.val()).isEqualTo("ftp://files.example");
        assertThat(page.selectFirst("#website-error").text())
                .isEqualTo("Enter a web address that starts with http:// or https://.");
        Element summary = page.selectFirst("#error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#name", "#website");
    }

    @Test
    void refusesAnOversizedNameAndSavesNothing() {
        String name = "N".repeat(201);

        Document page = Pages.html(postOrganisation(name, ""));

        assertThat(page.selectFirst("#name-error").text()).isEqualTo("The name can be at most 200 characters long.");
        assertThat(page.selectFirst("input#name").val()).isEqualTo(name);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = :name").param("name", name)
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesASecondOrganisationWithTheSameNameInAnyCase() {
        String name = TestData.name("Twin");
        organisations.create(name, null);

        Document page = Pages.html(postOrganisation(name.toUpperCase(java.util.Locale.ROOT), ""));

        assertThat(page.selectFirst("#name-error").text()).isEqualTo("An organisation with this name already exists.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Enter the name of the organisation.",
            "nl | Vul de naam van de organisatie in.",
            "fr | Indiquez le nom de l’organisation.",
            "es | Escriba el nombre de la organización."})
    void translatesValidationErrors(String language, String message) {
        Document page = Pages.html(mvc.post().uri("/admin/organisations/new").param("name", " ")
                .header("Accept-Language", language).with(ADMIN).with(csrf()).exchange());

        assertThat(page.selectFirst("#name-error").text()).isEqualTo(message);
    }

    @Test
    void invitesSomeoneAndShowsTheLinkOnceWithoutStoringIt() {
        OrganisationId organisation = organisations.create(TestData.name("Host"), null);
        String email = TestData.email();

        MvcTestResult created = invite(organisation, email, "ORGANISER");

        assertThat(created).hasRedirectedUrl("/admin");
        InvitationAdmin.Created shown = (InvitationAdmin.Created) created.getMvcResult().getFlashMap().get("invitationCreated");
        assertThat(shown.link()).matches("http://localhost:\\d+/invitations/[A-Za-z0-9_-]{43}");
        String token = shown.link().substring(shown.link().lastIndexOf('/') + 1);
        Map<String, Object> row = jdbc.sql("SELECT * FROM invitation WHERE email = :email").param("email", email)
                .query().singleRow();
        assertThat(row.get("token_hash")).isEqualTo(InvitationTokens.hash(token)).isNotEqualTo(token);
        assertThat(row.values()).doesNotContain(token);

        Document dashboard = Pages.html(mvc.get().uri("/admin").with(ADMIN).flashAttr("invitationCreated", shown)
                .exchange());
        assertThat(dashboard.selectFirst("#invitation-link").val()).isEqualTo(shown.link());
        assertThat(Pages.html(mvc.get().uri("/admin").with(ADMIN).exchange()).select("#invitation-link")).isEmpty();
    }

    @Test
    void auditsANewInvitation() {
        OrganisationId organisation = organisations.create(TestData.name("Audited"), null);
        String email = TestData.email();
        invite(organisation, email, "ADMIN");

        long id = jdbc.sql("SELECT id FROM invitation WHERE email = :email").param("email", email)
                .query(Long.class).single();
        assertThat(audit.forSubject("invitation:" + id)).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("account.invitation.created"));
    }

    @Test
    void refusesToInviteAnAddressThatAlreadyHasAnAccount() {
        OrganisationId organisation = organisations.create(TestData.name("Taken"), null);
        String email = TestData.email();
        accounts.create(organisation, email, "Existing", "{noop}unused", Role.ORGANISER);

        Document page = Pages.html(invite(organisation, email.toUpperCase(java.util.Locale.ROOT), "ORGANISER"));

        assertThat(page.selectFirst("#email-error").text()).isEqualTo("There is already an account with this e-mail address.");
        assertThat(count("SELECT COUNT(*) FROM invitation WHERE email = :email", email)).isZero();
    }

    @Test
    void refusesAnInvalidAddressAndAForgedRole() {
        OrganisationId organisation = organisations.create(TestData.name("Strict"), null);

        Document page = Pages.html(invite(organisation, "not-an-address", "OWNER"));

        assertThat(page.selectFirst("#email-error").text()).isEqualTo("Enter a valid e-mail address, such as name@example.org.");
        assertThat(page.selectFirst("#role-error").text()).isEqualTo("Choose a role.");
        assertThat(page.selectFirst("input#email").val()).isEqualTo("not-an-address");
        assertThat(count("SELECT COUNT(*) FROM invitation WHERE email = :email", "not-an-address")).isZero();
    }

    @Test
    void showsTheInviteFormWithRolesAsLabelledRadioButtons() {
        OrganisationId organisation = organisations.create(TestData.name("Form"), null);

        Document page = Pages.html(mvc.get().uri("/admin/organisations/{id}/invitations/new", organisation.value())
                .with(ADMIN).exchange());

        assertThat(page.select("fieldset legend").text()).isEqualTo("Role");
        assertThat(page.select("input[type=radio]").eachAttr("value")).containsExactly("ADMIN", "ORGANISER");
        assertThat(page.select("input[type=radio][checked]").attr("value")).isEqualTo("ORGANISER");
        assertThat(page.select("label[for=email]").text()).isEqualTo("E-mail address");
    }

    @Test
    void answersNotFoundForAnUnknownOrganisation() {
        assertThat(mvc.get().uri("/admin/organisations/{id}/invitations/new", Long.MAX_VALUE).with(ADMIN))
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/organisations/abc/invitations/new").with(ADMIN)).hasStatus(400);
        assertThat(mvc.post().uri("/admin/organisations/{id}/invitations", Long.MAX_VALUE)
                .param("email", TestData.email()).param("role", "ORGANISER").with(ADMIN).with(csrf())).hasStatus(404);
    }

    @Test
    void revokesAPendingInvitationAndAuditsIt() {
        OrganisationId organisation = organisations.create(TestData.name("Revoke"), null);
        String email = TestData.email();
        Invitations.Created created = invitations.invite(organisation, email, Role.ORGANISER, "admin@dialoog.test");
        long id = created.invitation().id();

        MvcTestResult result = mvc.post().uri("/admin/invitations/{id}/revoke", id).with(ADMIN).with(csrf()).exchange();

        assertThat(result).hasRedirectedUrl("/admin").flash().containsEntry("invitationRevoked", email);
        assertThat(invitations.pending()).noneMatch(invitation -> invitation.id() == id);
        assertThat(audit.forSubject("invitation:" + id)).extracting(Audit.Entry::action)
                .containsExactly("account.invitation.created", "account.invitation.revoked");
        assertThat(mvc.get().uri("/invitations/{token}", created.token())).hasStatus(410);
    }

    @Test
    void saysSoWhenRevokingAnInvitationThatIsNoLongerPending() {
        OrganisationId organisation = organisations.create(TestData.name("Twice"), null);
        String email = TestData.email();
        long id = invitations.invite(organisation, email, Role.ORGANISER, "admin@dialoog.test").invitation().id();
        invitations.revoke(id);

        assertThat(mvc.post().uri("/admin/invitations/{id}/revoke", id).with(ADMIN).with(csrf()))
                .flash().containsEntry("invitationNotPending", email);
        assertThat(mvc.post().uri("/admin/invitations/{id}/revoke", Long.MAX_VALUE).with(ADMIN).with(csrf()))
                .hasStatus(404);
    }

    @Test
    void replacesAPendingInvitationWhenTheSameAddressIsInvitedAgain() {
        OrganisationId organisation = organisations.create(TestData.name("Again"), null);
        String email = TestData.email();
        Invitations.Created first = invitations.invite(organisation, email, Role.ORGANISER, "admin@dialoog.test");

        invite(organisation, email, "ORGANISER");

        assertThat(invitations.pending()).filteredOn(invitation -> invitation.email().equals(email)).hasSize(1)
                .noneMatch(invitation -> invitation.id() == first.invitation().id());
        assertThat(mvc.get().uri("/invitations/{token}", first.token())).hasStatus(410);
    }

    private MvcTestResult postOrganisation(String name, String website) {
        return mvc.post().uri("/admin/organisations/new").param("name", name).param("website", website)
                .with(ADMIN).with(csrf()).exchange();
    }

    private MvcTestResult invite(OrganisationId organisation, String email, String role) {
        return mvc.post().uri("/admin/organisations/{id}/invitations", organisation.value())
                .param("email", email).param("role", role).with(ADMIN).with(csrf()).exchange();
    }

    private long count(String sql, String email) {
        return jdbc.sql(sql).param("email", email).query(Long.class).single();
    }
}
