/** Organisations, organiser accounts, roles, sign-in and invitations. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package nl.dialoog.account;
