package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.DialoogApplication;
import nl.dialoog.shared.Audit;
import nl.dialoog.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first start on an empty database creates an administrator; later starts leave the accounts alone. Each test
 * starts the whole application on a database of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

    static final Pattern PASSWORD = Pattern.compile("Password: (\\S+)");
    static final String BANNER = "Dialoog created the first administrator account";

    @Test
    void createsTheAdministratorWithTheConfiguredPassword(CapturedOutput output) {
        try (FreshDatabase database = FreshDatabase.create();
             ConfigurableApplicationContext app = start(database)) {

            AccountView admin = app.getBean(Accounts.class).firstAdmin().orElseThrow();
            assertThat(admin.email()).isEqualTo("admin@dialoog.test");
            assertThat(admin.organisationName()).isEqualTo("Dialoog");
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(Pages.signIn(new Http(port(app)), "admin@dialoog.test", "correct-horse-battery-staple"))
                    .isTrue();
            assertThat(app.getBean(Audit.class).forSubject("account:" + admin.id().value()))
                    .singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.action()).isEqualTo("account.admin.created");
                        assertThat(entry.detail()).contains("password=configured");
                    });
            assertThat(output.getOut()).doesNotContain("correct-horse-battery-staple").doesNotContain(BANNER);
        }
    }

    @Test
    void generatesARandomPasswordShownOnceThatSignsInAndDiffersPerInstallation(CapturedOutput output) {
        List<String> passwords = new ArrayList<>();
        try (FreshDatabase database = FreshDatabase.create()) {
            int mark = output.getOut().length();
            try (ConfigurableApplicationContext app = start(database, "--dialoog.account.admin-password=",
                    "--dialoog.account.admin-email=Root@Example.org")) {
                String log = output.getOut().substring(mark);
                passwords.add(password(log));
                assertThat(log.split(BANNER, -1)).hasSize(2);
                assertThat(log).contains("E-mail:   root@example.org");
                assertThat(Pages.signIn(new Http(port(app)), "root@example.org", passwords.getFirst())).isTrue();
            }

            mark = output.getOut().length();
            try (ConfigurableApplicationContext app = start(database, "--dialoog.account.admin-password=")) {
                assertThat(output.getOut().substring(mark)).doesNotContain(BANNER);
                assertThat(database.count("account")).isEqualTo(1);
                assertThat(Pages.signIn(new Http(port(app)), "root@example.org", passwords.getFirst())).isTrue();
            }
        }
        try (FreshDatabase other = FreshDatabase.create()) {
            int mark = output.getOut().length();
            try (ConfigurableApplicationContext app = start(other, "--dialoog.account.admin-password=")) {
                passwords.add(password(output.getOut().substring(mark)));
            }
        }

        assertThat(passwords.getFirst()).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(passwords.getLast());
    }

    @Test
    void refusesToStartWithATooShortConfiguredPasswordAndCreatesNothing() {
        try (FreshDatabase database = FreshDatabase.create()) {
            assertThatThrownBy(() -> start(database, "--dialoog.account.admin-password=short"))
                    .hasStackTraceContaining("dialoog.account.admin-password");
            assertThat(database.count("account")).isZero();
        }
    }

    private static ConfigurableApplicationContext start(FreshDatabase database, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + database.url, "--server.port=0",
                "--spring.main.banner-mode=off"));
        all.addAll(List.of(arguments));
        // Command-line arguments outrank the system properties that point the PostgreSQL run at its database.
        return new SpringApplicationBuilder(DialoogApplication.class).run(all.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String password(String log) {
        Matcher matcher = PASSWORD.matcher(log);
        assertThat(matcher.find()).as("a password in the log").isTrue();
        return matcher.group(1);
    }
}
