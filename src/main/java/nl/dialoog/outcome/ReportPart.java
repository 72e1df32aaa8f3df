package nl.dialoog.outcome;

import java.util.EnumSet;
import java.util.Set;

/** The parts of a report an organiser may include or leave out; all are included in a new draft. */
public enum ReportPart {
    SUMMARY, ATTENDANCE, PARTICIPATION, POLLS, QUESTIONS, OPINIONS, THEMES, TRANSCRIPT;

    public static Set<ReportPart> all() {
        return EnumSet.allOf(ReportPart.class);
    }
}
