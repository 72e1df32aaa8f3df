package nl.dialoog.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dialoog.shared.CsvWriter;

/**
 * The report's rows as spreadsheets, one table each, so anyone can recount a number: every contribution, every
 * statement vote, the poll tallies, attendance over time and the participation tables (suppressed cells empty).
 */
final class ReportCsv {

    static final List<String> TABLES = List.of("contributions", "votes", "polls", "attendance", "participation");

    private ReportCsv() {
    }

    static Optional<byte[]> table(Report report, String table) {
        CsvWriter csv = new CsvWriter();
        switch (table) {
            case "contributions" -> {
                csv.row(List.of("id", "kind", "at", "author", "role", "language", "reply_to", "upvotes", "state",
                        "text"));
                for (Report.Contribution c : report.transcript()) {
                    csv.row(List.of(c.id(), c.kind(), c.at().toString(), c.author(), c.role(), c.language(),
                            text(c.replyTo()), c.upvotes() == null ? "" : c.upvotes().toString(), text(c.state()),
                            c.text()));
                }
            }
            case "votes" -> {
                csv.row(List.of("statement", "participant", "vote", "at"));
                for (Report.StatementVote v : report.votes()) {
                    csv.row(List.of(v.statement(), v.participant(), String.valueOf(v.vote()), v.at().toString()));
                }
            }
            case "polls" -> {
                csv.row(List.of("poll", "question", "multiple", "ballots", "option", "votes", "percent"));
                for (Report.PollResult poll : report.polls()) {
                    for (Report.PollOption option : poll.options()) {
                        csv.row(List.of(String.valueOf(poll.id()), poll.question(), String.valueOf(poll.multiple()),
                                String.valueOf(poll.ballots()), option.label(), String.valueOf(option.votes()),
                                String.format(java.util.Locale.ROOT, "%.1f", option.percent())));
                    }
                }
            }
            case "attendance" -> {
                csv.row(List.of("at", "present"));
                for (Report.Presence point : report.attendance().overTime()) {
                    csv.row(List.of(point.at().toString(), String.valueOf(point.present())));
                }
            }
            case "participation" -> {
                csv.row(List.of("dimension", "value", "registered", "attended", "messages", "questions", "votes",
                        "contributions", "attendee_share", "contribution_share", "voice_share"));
                for (Report.Table t : report.participation().tables()) {
                    List<Report.Row> rows = new ArrayList<>(t.rows());
                    rows.add(t.total());
                    for (Report.Row row : rows) {
                        csv.row(List.of(t.dimension(), row == t.total() ? "total" : row.key(), cell(row.registered()),
                                cell(row.attended()), cell(row.messages()), cell(row.questions()),
                                cell(row.votes()), cell(row.contributions()), share(row.attendeeShare()),
                                share(row.contributionShare()), share(row.voiceShare())));
                    }
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(csv.bytes());
    }


    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String cell(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String share(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
