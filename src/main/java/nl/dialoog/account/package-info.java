/** Organisations, organiser accounts, roles, sign-in and invitations. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"mail", "shared"})
package nl.dialoog.account;
