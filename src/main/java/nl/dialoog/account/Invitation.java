package nl.dialoog.account;

import java.time.Instant;

/** An invitation as the administration and acceptance pages see it: never its token or the token's hash. */
record Invitation(long id, OrganisationId organisationId, String organisationName, String email, Role role,
                  Instant expiresAt, Instant acceptedAt, Instant revokedAt) {
}
