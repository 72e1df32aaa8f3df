package nl.dialoog.account;

/** An organiser account as other modules see it: never the password hash. */
public record AccountView(AccountId id, OrganisationId organisationId, String organisationName, String email,
                          String displayName, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
