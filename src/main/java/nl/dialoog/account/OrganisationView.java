package nl.dialoog.account;

/** An organisation as other modules see it. The website is optional (null when not given). */
public record OrganisationView(OrganisationId id, String name, String website) {
}
