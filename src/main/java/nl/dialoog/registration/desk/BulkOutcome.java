package nl.dialoog.registration.desk;

/** What a bulk action did: to how many people, and how many it left alone because it did not apply to them. */
public record BulkOutcome(RosterAction action, int done, int skipped) {
}
