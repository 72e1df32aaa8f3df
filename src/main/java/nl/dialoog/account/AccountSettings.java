package nl.dialoog.account;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account settings ({@code dialoog.account.*}).
 *
 * @param adminEmail         e-mail of the first administrator, created at start-up when there is no account at all
 * @param adminPassword      that administrator's password; without it a random one is generated and written once
 *                           to {@code adminPasswordFile}
 * @param adminPasswordFile  where a generated first password is written, readable by the owner only (never logged)
 * @param adminOrganisation  the organisation the first administrator belongs to
 * @param loginAttempts      failed sign-ins allowed per client address and per e-mail address within a window
 * @param loginWindow        the window in which those failures count
 * @param invitationValidity how long an invitation link works
 */
@ConfigurationProperties("dialoog.account")
record AccountSettings(String adminEmail, String adminPassword, Path adminPasswordFile, String adminOrganisation,
                       Integer loginAttempts, Duration loginWindow, Duration invitationValidity) {

    AccountSettings {
        adminEmail = isBlank(adminEmail) ? "admin@localhost" : adminEmail.strip().toLowerCase(Locale.ROOT);
        // An empty DIALOOG_ACCOUNT_ADMIN_PASSWORD means "not configured", never "the empty password".
        adminPassword = isBlank(adminPassword) ? null : adminPassword;
        adminPasswordFile = adminPasswordFile == null ? Path.of("data", "first-administrator-password.txt")
                : adminPasswordFile;
        adminOrganisation = isBlank(adminOrganisation) ? "Dialoog" : adminOrganisation.strip();
        loginAttempts = loginAttempts == null ? 5 : loginAttempts;
        loginWindow = loginWindow == null ? Duration.ofMinutes(15) : loginWindow;
        invitationValidity = invitationValidity == null ? Duration.ofDays(7) : invitationValidity;
        if (loginAttempts < 1 || loginWindow.isNegative() || loginWindow.isZero()) {
            throw new IllegalArgumentException("dialoog.account.login-attempts and login-window must be positive");
        }
        if (invitationValidity.isNegative() || invitationValidity.isZero()) {
            throw new IllegalArgumentException("dialoog.account.invitation-validity must be positive");
        }
    }

    /** Keeps the configured password out of logs and diagnostics. */
    @Override
    public String toString() {
        return "AccountSettings[adminEmail=" + adminEmail + ", adminPassword=" + (adminPassword == null ? "-" : "***")
                + ", adminPasswordFile=" + adminPasswordFile + ", adminOrganisation=" + adminOrganisation + ", loginAttempts=" + loginAttempts
                + ", loginWindow=" + loginWindow + ", invitationValidity=" + invitationValidity + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
