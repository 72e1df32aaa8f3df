package nl.dialoog.registration.broadcast;

import nl.dialoog.registration.RegistrationStatus;

/**
 * A message from the organisers to their registrants, in plain text (blank lines separate paragraphs).
 *
 * @param status   only registrations in this status; null for everyone registered (confirmed, waitlisted,
 *                 awaiting approval)
 * @param language only registrations in this language; null for all
 */
public record NewBroadcast(String subject, String body, RegistrationStatus status, String language) {
}
