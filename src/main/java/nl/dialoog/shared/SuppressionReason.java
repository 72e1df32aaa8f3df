package nl.dialoog.shared;

/** Why a count is shown or hidden. */
public enum SuppressionReason {
    /** The count is shown: zero, or at least the threshold. */
    SHOWN,
    /** Primary suppression: between 1 and threshold − 1 people. */
    SMALL_CELL,
    /** Secondary suppression: hidden so that a shown total cannot give a small cell away. */
    COMPLEMENT
}
