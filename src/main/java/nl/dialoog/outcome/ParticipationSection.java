package nl.dialoog.outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dialoog.outcome.analysis.Participation;
import nl.dialoog.outcome.analysis.ParticipationReport;
import nl.dialoog.outcome.analysis.ParticipationRow;
import nl.dialoog.outcome.analysis.ParticipationTable;
import nl.dialoog.shared.Suppression;
import nl.dialoog.shared.SuppressionCell;
import nl.dialoog.shared.WorldRegions;
import nl.dialoog.registration.RegistrantProfile;
import nl.dialoog.room.RoomRecord;

/**
 * Who took part, by world region, south or north, country and organisation type: registrations joined with the
 * room's record (a person who entered with their join link is their registration), every message, question,
 * proposed statement and statement vote counted for its author. Staff entering with an account count nowhere here.
 */
final class ParticipationSection {

    static final List<String> DIMENSIONS = List.of("region", "south", "country", "organisationType");

    private ParticipationSection() {
    }

    static Report.Participation of(RoomRecord record, List<RegistrantProfile> profiles, int smallCell) {
        Map<Long, Long> registrationOf = new HashMap<>();
        for (RoomRecord.Person person : record.people()) {
            if (person.registrationId() != null) {
                registrationOf.put(person.id(), person.registrationId());
            }
        }
        Map<Long, List<RoomRecord.Visit>> visits = new HashMap<>();
        for (RoomRecord.Visit visit : record.visits()) {
            Long registration = registrationOf.get(visit.personId());
            if (registration != null) {
                visits.computeIfAbsent(registration, id -> new ArrayList<>()).add(visit);
            }
        }
        List<Participation.Registrant> registrants = new ArrayList<>();
        for (RegistrantProfile profile : profiles) {
            List<RoomRecord.Visit> own = visits.get(profile.id().value());
            registrants.add(new Participation.Registrant(profile.id().value(), profile.status().name(),
                    profile.country(), profile.organisationType(), own != null,
                    own == null ? 0 : AttendanceCount.minutesPresent(own)));
        }
        List<Participation.Contribution> contributions = new ArrayList<>();
        record.chat().forEach(c -> add(contributions, registrationOf.get(c.personId()), "message"));
        record.questions().forEach(q -> add(contributions, registrationOf.get(q.personId()), "question"));
        record.statements().stream().filter(s -> !s.seeded())
                .forEach(s -> add(contributions, registrationOf.get(s.personId()), "statement"));
        record.votes().forEach(v -> add(contributions, registrationOf.get(v.personId()), "vote"));

        ParticipationReport analysed = new Participation(WorldRegions.standard(), new Suppression(smallCell))
                .analyse(registrants, contributions);
        List<Report.Table> tables = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            ParticipationTable table = analysed.table(dimension);
            List<Report.Row> rows = table.rows().stream().map(ParticipationSection::row).toList();
            Map<String, Integer> sums = table.contributions();
            Report.Row total = new Report.Row("", table.registered(), table.attended(),
                    sums.getOrDefault("message", 0), sums.getOrDefault("question", 0), sums.getOrDefault("vote", 0),
                    table.contributionsTotal(), table.attended() == 0 ? null : 1.0,
                    table.contributionsTotal() == 0 ? null : 1.0, null);
            tables.add(new Report.Table(dimension, rows, total));
        }
        return new Report.Participation(tables, contributions.size());
    }

    private static void add(List<Participation.Contribution> contributions, Long registration, String kind) {
        if (registration != null) {
            contributions.add(new Participation.Contribution(registration, kind));
        }
    }

    private static Report.Row row(ParticipationRow row) {
        return new Report.Row(row.key(), value(row.registered()), value(row.attended()),
                value(row.contributions().get("message")), value(row.contributions().get("question")),
                value(row.contributions().get("vote")), value(row.contributionsTotal()), row.attendeeShare(),
                row.contributionShare(), row.voiceShare());
    }

    private static Integer value(SuppressionCell cell) {
        return cell == null ? Integer.valueOf(0) : cell.value();
    }
}
