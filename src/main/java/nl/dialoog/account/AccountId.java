package nl.dialoog.account;

/** Identifies an organiser account. */
public record AccountId(long value) {
}
