package nl.dialoog.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.outcome.analysis.Polis;
import nl.dialoog.outcome.analysis.PolisGroup;
import nl.dialoog.outcome.analysis.PolisResult;
import nl.dialoog.outcome.analysis.PolisVote;
import nl.dialoog.outcome.analysis.Representative;
import nl.dialoog.outcome.analysis.StatementScore;
import nl.dialoog.outcome.analysis.StatementTally;
import nl.dialoog.room.RoomRecord;

/**
 * The statement votes through the Pol.is analysis, written as findings: each group's representative statements,
 * consensus, divisive and uncertain statements, each with the share behind it and the number of votes it rests on.
 */
final class OpinionSection {

    /** At most this many statements per list: a report names the strongest findings, the JSON has them all. */
    static final int LIST = 5;

    private OpinionSection() {
    }

    static Report.Opinions of(RoomRecord record, Voices voices) {
        List<PolisVote> votes = record.votes().stream()
                .map(v -> new PolisVote(v.personId(), v.statementId(), v.vote())).toList();
        PolisResult result = Polis.analyse(votes);
        Map<Long, StatementTally> tallies = new HashMap<>();
        for (StatementTally tally : result.tallies()) {
            tallies.put(tally.statement(), tally);
        }
        List<Report.Group> groups = new ArrayList<>();
        for (PolisGroup group : result.groups()) {
            String label = label(group.index());
            List<Report.StatementFinding> representative = new ArrayList<>();
            for (Representative r : group.representative().stream().limit(LIST).toList()) {
                StatementTally within = group.tallies().get(r.statement());
                representative.add(finding(r.statement(), r.agree(), within));
            }
            groups.add(new Report.Group(label, group.members().size(),
                    group.members().stream().map(voices::voter).toList(), representative));
        }
        List<Report.Point> points = new ArrayList<>();
        result.projection().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Integer group = result.groupOf().get(entry.getKey());
            points.add(new Report.Point(voices.voter(entry.getKey()), round(entry.getValue()[0]),
                    round(entry.getValue()[1]), group == null ? null : label(group)));
        });
        List<Report.StatementTally> statementTallies = result.tallies().stream()
                .sorted(Comparator.comparingLong(StatementTally::statement))
                .map(t -> new Report.StatementTally(Transcript.statementId(t.statement()), t.agree(), t.disagree(),
                        t.pass()))
                .toList();
        return new Report.Opinions(result.participants().size(), result.groupOf().size(),
                record.statements().size(), votes.size(), groups,
                findings(result.consensusAgree(), true, tallies), findings(result.consensusDisagree(), false, tallies),
                divisive(result.divisive(), tallies), findings(result.uncertain(), true, tallies), points,
                statementTallies);
    }

    static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static List<Report.StatementFinding> findings(List<StatementScore> scores, boolean agree,
                                                          Map<Long, StatementTally> tallies) {
        return scores.stream().limit(LIST).map(s -> finding(s.statement(), agree, tallies.get(s.statement())))
                .toList();
    }

    /** A divisive statement is told by the side most voters took. */
    private static List<Report.StatementFinding> divisive(List<StatementScore> scores,
                                                          Map<Long, StatementTally> tallies) {
        return scores.stream().limit(LIST).map(s -> {
            StatementTally t = tallies.get(s.statement());
            return finding(s.statement(), t == null || t.agree() >= t.disagree(), t);
        }).toList();
    }

    private static Report.StatementFinding finding(long statement, boolean agree, StatementTally tally) {
        int votes = tally == null ? 0 : tally.agree() + tally.disagree() + tally.pass();
        int side = tally == null ? 0 : agree ? tally.agree() : tally.disagree();
        return new Report.StatementFinding(Transcript.statementId(statement), agree,
                votes == 0 ? 0 : 100.0 * side / votes, votes);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
