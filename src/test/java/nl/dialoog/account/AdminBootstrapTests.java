package nl.dialoog.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.DialoogApplication;
import nl.dialoog.shared.Audit;
import nl.dialoog.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
    void generatesARandomPasswordShownOnceThatSignsInAndDiffersPerInstallation(CapturedOutput output,
                                                                              @TempDir Path folder)
            throws IOException {
        List<String> passwords = new ArrayList<>();
        Path file = folder.resolve("first.txt");
        String fileSetting = "--dialoog.account.admin-password-file=" + file;
        try (FreshDatabase database = FreshDatabase.create()) {
            int mark = output.getOut().length();
            try (ConfigurableApplicationContext app = start(database, "--dialoog.account.admin-password=",
                    "--dialoog.account.admin-email=Root@Example.org", fileSetting)) {
                String log = output.getOut().substring(mark);
                passwords.add(password(Files.readString(file)));
                assertThat(log.split(BANNER, -1)).hasSize(2);
                assertThat(log).contains("root@example.org").contains(file.toString());
                assertThat(Files.readString(file)).contains("E-mail:   root@example.org");
                assertThat(Pages.signIn(new Http(port(app)), "root@example.org", passwords.getFirst())).isTrue();
            }
            Files.delete(file);

            mark = output.getOut().length();
            try (ConfigurableApplicationContext app = start(database, "--dialoog.account.admin-password=",
                    fileSetting)) {
                assertThat(output.getOut().substring(mark)).doesNotContain(BANNER);
                assertThat(file).doesNotExist();
                assertThat(database.count("account")).isEqualTo(1);
                assertThat(Pages.signIn(new Http(port(app)), "root@example.org", passwords.getFirst())).isTrue();
            }
        }
        try (FreshDatabase other = FreshDatabase.create();
             ConfigurableApplicationContext app = start(other, "--dialoog.account.admin-password=", fileSetting)) {
            passwords.add(password(Files.readString(file)));
        }

        assertThat(passwords.getFirst()).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(passwords.getLast());
    }

    /**
     * In a process of its own, so that its log file is set up as in production (inside this JVM, logging is already
     * set up by other tests' applications and a second log file would never be opened).
     */
    @Test
    void theGeneratedPasswordNeverReachesTheLogFileOrTheConsoleAndItsFileIsTheOwnersOnly(@TempDir Path folder)
            throws Exception {
        Path logFile = folder.resolve("logs/dialoog.log");
        Path file = folder.resolve("secret/first-administrator-password.txt");
        Path console = folder.resolve("console.txt");
        Process app = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), DialoogApplication.class.getName(),
                "--spring.datasource.url=jdbc:h2:mem:first;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--server.port=0", "--spring.main.banner-mode=off", "--dialoog.event.demo=off",
                "--dialoog.account.admin-password=", "--dialoog.account.admin-password-file=" + file,
                "--logging.file.name=" + logFile)
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        try {
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
            while (!(Files.exists(logFile) && Files.readString(logFile).contains(BANNER))) {
                assertThat(app.isAlive()).as("the application runs: " + Files.readString(console)).isTrue();
                assertThat(System.nanoTime()).as("the banner in the log file").isLessThan(until);
                Thread.sleep(250);
            }
        } finally {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }

        String password = password(Files.readString(file));
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(logFile)).contains(file.toString()).doesNotContain(password);
        assertThat(Files.readString(console)).contains(BANNER).doesNotContain(password);
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

    private static String password(String text) {
        Matcher matcher = PASSWORD.matcher(text);
        assertThat(matcher.find()).as("a password in the file").isTrue();
        return matcher.group(1);
    }
}
