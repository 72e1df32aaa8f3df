package nl.dialoog.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.dialoog.shared.Audit;
import nl.dialoog.shared.SharedSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a fresh installation usable: when there is no account at all, creates the configured organisation and an
 * administrator in it. Runs once all beans exist, before any ApplicationRunner or ready event, so start-up code of
 * other modules (the event module's demo loader) can rely on {@link Accounts#firstAdmin()}.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountSettings settings;
    private final AccountStore accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final Audit audit;
    private final TransactionTemplate transactions;
    private final SharedSettings site;

    AdminBootstrap(AccountSettings settings, AccountStore accounts, Organisations organisations,
                   PasswordEncoder passwords, Audit audit, TransactionTemplate transactions, SharedSettings site) {
        this.settings = settings;
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.audit = audit;
        this.transactions = transactions;
        this.site = site;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.anyExists()) {
            return;
        }
        String configured = settings.adminPassword();
        if (configured != null && (Passwords.tooShort(configured) || Passwords.tooLong(configured))) {
            throw new IllegalStateException("dialoog.account.admin-password (DIALOOG_ACCOUNT_ADMIN_PASSWORD) must be "
                    + Passwords.MIN_LENGTH + " to " + Passwords.MAX_BYTES + " bytes long");
        }
        String password = configured != null ? configured : Passwords.random();
        boolean created;
        try {
            created = Boolean.TRUE.equals(transactions.execute(status -> create(password, configured == null)));
        } catch (DuplicateKeyException anotherNode) {
            // Two nodes started on an empty database at once; the other one's administrator stands.
            log.info("Another node created the first administrator at the same time");
            return;
        }
        if (created && configured == null) {
            announce(password);
        } else if (created) {
            log.info("Created the first administrator {} with the configured password", settings.adminEmail());
        }
    }

    private boolean create(String password, boolean generated) {
        if (accounts.anyExists()) {
            return false;
        }
        OrganisationId organisation = organisations.findByName(settings.adminOrganisation())
                .map(OrganisationView::id)
                .orElseGet(() -> organisations.create(settings.adminOrganisation(), null));
        AccountId admin = accounts.create(organisation, settings.adminEmail(), "Administrator",
                passwords.encode(password), Role.ADMIN);
        audit.recordAs("system", "account.admin.created", "account:" + admin.value(),
                "email=" + settings.adminEmail() + ", password=" + (generated ? "generated" : "configured"));
        return true;
    }

    /**
     * The only time the generated password is ever shown, and never through the logger: log files are kept, copied
     * and shipped. It goes to a file only the owner may read, and the log says where; if that file cannot be
     * written, to the console (standard output, which the file appender never sees).
     */
    private void announce(String password) {
        String line = "=".repeat(72);
        Path file = settings.adminPasswordFile().toAbsolutePath();
        try {
            writeOwnerOnly(file, "E-mail:   " + settings.adminEmail() + System.lineSeparator()
                    + "Password: " + password + System.lineSeparator());
            log.warn("""

                    {}
                      Dialoog created the first administrator account {}.
                      Its password is in {} (readable by this user only).
                      Sign in at {}, keep the password safe, then delete that file.
                      To choose it yourself, set DIALOOG_ACCOUNT_ADMIN_PASSWORD before the first start.
                    {}""", line, settings.adminEmail(), file, SiteLinks.to(site, "/login"), line);
        } catch (IOException | UnsupportedOperationException failed) {
            log.warn("Could not write the first administrator's password to {} ({}); it is printed on the console "
                    + "(standard output) only", file, failed.toString());
            System.out.println(line + System.lineSeparator()
                    + "  Dialoog created the first administrator account." + System.lineSeparator()
                    + "    E-mail:   " + settings.adminEmail() + System.lineSeparator()
                    + "    Password: " + password + System.lineSeparator()
                    + "  This password is shown only this once. Sign in at " + SiteLinks.to(site, "/login")
                    + System.lineSeparator() + line);
        }
    }

    /** Creates the file afresh with owner-only permissions from the start, so it is never readable by others. */
    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
