package nl.dialoog.outcome;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A report as the organisers' page shows it: how its build stands ({@code step} while building, {@code error} when
 * the last build failed), the built report (null before the first build), the organisers' own words per language,
 * the parts included and who may read it.
 */
public record ReportState(long eventId, BuildState build, String step, String error, Instant builtAt,
                          Report report, Map<String, String> summary, Map<String, String> notes,
                          Set<ReportPart> parts, ReportVisibility visibility, Instant publishedAt) {

    public enum BuildState { NONE, BUILDING, READY, FAILED }

    public boolean isBuilt() {
        return report != null;
    }

    public boolean isReadableBy(boolean organiser, boolean hasLink) {
        return report != null && (organiser || visibility == ReportVisibility.PUBLIC
                || visibility == ReportVisibility.LINK && hasLink);
    }
}
