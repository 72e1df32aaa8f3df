package nl.dialoog.account;

/** Identifies an organisation that owns events. */
public record OrganisationId(long value) {
}
