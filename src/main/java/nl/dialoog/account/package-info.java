/** Organisations, organiser accounts, roles, sign-in and invitations. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"shared"})
package nl.dialoog.account;
