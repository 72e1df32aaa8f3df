package nl.dialoog.outcome.analysis;

/**
 * A statement that sets a group apart: its members {@code agree} (or disagree) with it more than everyone else does.
 * {@code ratio} is the group's smoothed agree (disagree) share divided by the rest's; {@code probability} is the
 * group's smoothed share itself, (agree + 1) / (seen + 2).
 */
public record Representative(long statement, boolean agree, double ratio, double probability) {
}
