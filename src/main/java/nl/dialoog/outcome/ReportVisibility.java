package nl.dialoog.outcome;

/** Who may read a report: the event's organisers only, anyone with its private link, or everyone. */
public enum ReportVisibility {
    ORGANISERS, LINK, PUBLIC
}
