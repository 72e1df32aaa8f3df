package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dialoog.support.Accessibility;
import nl.dialoog.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every page of the module, in its plain and its error state, passes axe-core in a real (headless) Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountAccessibilityTests {

    @LocalServerPort
    int port;

    @Autowired
    Organisations organisations;

    @Autowired
    AccountStore accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    PasswordEncoder passwords;

    Browser browser;
    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(Browser.Visitor.DEFAULT);
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void signInAndInvitationPagesPassAxe() {
        open("/login");
        Accessibility.assertNoViolations(driver, "sign-in");
        signIn(TestData.email(), "wrong password");
        Accessibility.assertNoViolations(driver, "sign-in with error");

        String token = invitations.invite(organisations.create(TestData.name("A11y"), null), TestData.email(),
                Role.ORGANISER, "admin").token();
        open("/invitations/" + token);
        Accessibility.assertNoViolations(driver, "accept invitation");
        driver.findElement(By.id("password")).sendKeys("short");
        submit();
        Accessibility.assertNoViolations(driver, "accept invitation with errors");

        open("/invitations/" + InvitationTokens.generate());
        Accessibility.assertNoViolations(driver, "unknown invitation");
    }

    @Test
    void administrationPagesPassAxe() {
        String admin = TestData.email();
        OrganisationId organisation = organisations.create(TestData.name("A11y admins"), "https://a11y.example");
        accounts.create(organisation, admin, "Admin", passwords.encode(TestData.PASSWORD), Role.ADMIN);
        invitations.invite(organisation, TestData.email(), Role.ORGANISER, admin);
        signIn(admin, TestData.PASSWORD);

        open("/admin");
        Accessibility.assertNoViolations(driver, "administration");

        open("/admin/organisations/new");
        Accessibility.assertNoViolations(driver, "new organisation");
        driver.findElement(By.id("website")).sendKeys("not a web address");
        submit();
        Accessibility.assertNoViolations(driver, "new organisation with errors");

        open("/admin/organisations/" + organisation.value() + "/invitations/new");
        Accessibility.assertNoViolations(driver, "invite");
        submit();
        Accessibility.assertNoViolations(driver, "invite with errors");
        driver.findElement(By.id("email")).sendKeys(TestData.email());
        submit();
        assertThat(driver.findElements(By.id("invitation-link"))).hasSize(1);
        Accessibility.assertNoViolations(driver, "administration with a new invitation link");
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    private void signIn(String email, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        submit();
    }

    private void submit() {
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }
}
