package nl.dialoog.outcome;

import java.util.List;

/**
 * The report as Markdown, in the reader's language: the same parts as the page, every finding linked to its
 * contributions in the transcript appendix (an anchor per contribution), suppressed cells written "< 5".
 */
final class ReportMarkdown {

    private final ReportView view;
    private final Report report;
    private final StringBuilder out = new StringBuilder();

    private ReportMarkdown(ReportView view) {
        this.view = view;
        this.report = view.report();
    }

    static String of(ReportView view) {
        return new ReportMarkdown(view).write();
    }

    private String write() {
        line("# " + view.text("outcome.heading", view.title()));
        line("");
        line(view.span());
        if (report.meta().demo()) {
            line("");
            line("> " + view.text("outcome.demo"));
        }
        if (view.shows("SUMMARY") && view.hasSummary()) {
            section("outcome.summary.heading");
            line(view.summaryText());
        }
        if (view.shows("ATTENDANCE")) {
            attendance();
        }
        if (view.shows("PARTICIPATION")) {
            participation();
        }
        if (view.shows("POLLS") && !report.polls().isEmpty()) {
            polls();
        }
        if (view.shows("QUESTIONS")) {
            questions();
        }
        if (view.shows("OPINIONS") && report.opinions().votes() > 0) {
            opinions();
        }
        if (view.shows("THEMES") && !report.themes().isEmpty()) {
            themes();
        }
        if (view.shows("SUMMARY") && view.hasNotes()) {
            section("outcome.notes.heading");
            line(view.notesText());
        }
        if (view.shows("TRANSCRIPT")) {
            transcript();
        }
        line("");
        line("---");
        line(view.text("outcome.footer.method", report.meta().smallCell()));
        return out.toString();
    }

    private void attendance() {
        Report.Attendance a = report.attendance();
        section("outcome.attendance.heading");
        line("- " + view.text("outcome.attendance.registered", a.registered(), a.confirmed()));
        line("- " + view.text("outcome.attendance.attended", a.attended(), view.share(a.attendedRate())));
        line("- " + view.text("outcome.attendance.staff", a.staff()));
        line("- " + view.text("outcome.attendance.minutes", a.medianMinutes()));
        line("- " + view.text("outcome.attendance.peak", a.peak(), view.time(a.peakAt())));
    }

    private void participation() {
        section("outcome.participation.heading");
        line(view.text("outcome.participation.intro", report.meta().smallCell()));
        for (Report.Table table : report.participation().tables()) {
            line("");
            line("### " + view.text("outcome.participation.by." + table.dimension()));
            line("");
            line("| " + String.join(" | ", List.of(view.text("outcome.participation.value"),
                    view.text("outcome.participation.registered"), view.text("outcome.participation.attended"),
                    view.text("outcome.participation.messages"),
                    view.text("outcome.participation.questions"), view.text("outcome.participation.votes"),
                    view.text("outcome.participation.voiceShare"))) + " |");
            line("|---|---:|---:|---:|---:|---:|---:|");
            for (Report.Row row : table.rows()) {
                row(view.rowLabel(table.dimension(), row.key()), row);
            }
            row("**" + view.text("outcome.participation.total") + "**", table.total());
        }
    }

    private void row(String label, Report.Row row) {
        line("| " + cellText(label) + " | " + view.cell(row.registered()) + " | " + view.cell(row.attended()) + " | "
                + view.cell(row.messages()) + " | "
                + view.cell(row.questions()) + " | " + view.cell(row.votes()) + " | " + view.ratio(row.voiceShare())
                + " |");
    }

    private void polls() {
        section("outcome.polls.heading");
        for (Report.PollResult poll : report.polls()) {
            line("");
            line("**" + inline(poll.question()) + "** — " + view.text("outcome.polls.ballots", poll.ballots()));
            line("");
            for (Report.PollOption option : poll.options()) {
                line("- " + inline(option.label()) + ": " + option.votes() + " (" + view.percent(option.percent())
                        + ")");
            }
        }
    }

    private void questions() {
        Report.Questions q = report.questions();
        section("outcome.questions.heading");
        line(view.text("outcome.questions.counts", q.asked(), q.answered(), q.unanswered()));
        line("");
        for (String id : q.top()) {
            Report.Contribution c = view.contribution(id);
            line("1. " + quote(c) + " — " + view.text("outcome.questions.upvotes", c.upvotes()) + " "
                    + link(id));
        }
    }

    private void opinions() {
        Report.Opinions o = report.opinions();
        section("outcome.opinions.heading");
        line(view.text("outcome.opinions.counts", o.voters(), o.statements(), o.votes(), o.inConversation()));
        for (Report.Group group : o.groups()) {
            line("");
            line("### " + view.text("outcome.opinions.group", group.label(), group.size()));
            for (Report.StatementFinding finding : group.representative()) {
                finding(finding);
            }
        }
        findings("outcome.opinions.consensusAgree", o.consensusAgree());
        findings("outcome.opinions.consensusDisagree", o.consensusDisagree());
        findings("outcome.opinions.divisive", o.divisive());
        findings("outcome.opinions.uncertain", o.uncertain());
    }

    private void findings(String key, List<Report.StatementFinding> findings) {
        if (!findings.isEmpty()) {
            line("");
            line("### " + view.text(key));
            findings.forEach(this::finding);
        }
    }

    private void finding(Report.StatementFinding finding) {
        String share = view.text(finding.agree() ? "outcome.opinions.agreed" : "outcome.opinions.disagreed",
                view.percent(finding.percent()), finding.votes());
        line("- " + quote(view.contribution(finding.statement())) + " — " + share + " " + link(finding.statement()));
    }

    private void themes() {
        section("outcome.themes.heading");
        line(view.text("outcome.themes.method"));
        for (Report.Theme theme : report.themes()) {
            line("");
            line("### " + inline(String.join(", ", theme.label())) + " ("
                    + view.text("outcome.themes.size", theme.size()) + ")");
            for (String id : theme.quotes()) {
                line("> " + inline(view.contribution(id).text()) + " " + link(id));
                line("");
            }
            line(view.text("outcome.themes.all") + " " + String.join(" ", theme.contributions().stream()
                    .map(ReportMarkdown::link).toList()));
        }
    }

    private void transcript() {
        section("outcome.transcript.heading");
        for (Report.Contribution c : report.transcript()) {
            String author = c.author().isBlank() ? view.text("outcome.transcript.anonymous") : c.author();
            line("- <a id=\"" + c.id() + "\"></a>`" + c.id() + "` " + view.time(c.at()) + " · "
                    + view.text("outcome.kind." + c.kind()) + " · " + inline(author) + " · " + c.language() + ": "
                    + inline(c.text()));
        }
    }

    private String quote(Report.Contribution c) {
        return c == null ? "?" : "“" + inline(c.text()) + "”";
    }

    private static String link(String id) {
        return "[" + id + "](#" + id + ")";
    }

    private void section(String key) {
        line("");
        line("## " + view.text(key));
        line("");
    }

    /** A contribution on one line, with Markdown and HTML taken literally. */
    private static String inline(String text) {
        return text.replace("\\", "\\\\").replaceAll("([`*_\\[\\]<>#|])", "\\\\$1").replaceAll("\\s+", " ").strip();
    }

    private static String cellText(String text) {
        return text.replace("|", "\\|");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
