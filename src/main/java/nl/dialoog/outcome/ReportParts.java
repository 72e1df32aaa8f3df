package nl.dialoog.outcome;

import java.util.List;
import java.util.Set;

/** A report with the parts its organisers left out emptied, so no export hands out what the page does not show. */
final class ReportParts {

    private ReportParts() {
    }

    static Report visible(Report report, Set<ReportPart> parts) {
        Report.Opinions opinions = report.opinions();
        return new Report(report.meta(),
                parts.contains(ReportPart.ATTENDANCE) ? report.attendance() : null,
                parts.contains(ReportPart.PARTICIPATION) ? report.participation() : null,
                parts.contains(ReportPart.POLLS) ? report.polls() : List.of(),
                parts.contains(ReportPart.QUESTIONS) ? report.questions() : null,
                parts.contains(ReportPart.OPINIONS) ? opinions : null,
                parts.contains(ReportPart.THEMES) ? report.themes() : List.of(),
                parts.contains(ReportPart.TRANSCRIPT) ? report.transcript() : List.of(),
                parts.contains(ReportPart.OPINIONS) ? report.votes() : List.of());
    }
}
