package nl.dialoog.outcome.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.dialoog.shared.Suppression;
import nl.dialoog.shared.SuppressionCell;
import nl.dialoog.shared.SuppressionTable;
import nl.dialoog.shared.WorldRegion;
import nl.dialoog.shared.WorldRegions;

/**
 * Who took part and who was heard: registered against attended, minutes present, and contributions by country, UN
 * M49 region and sub-region, south or north ({@link WorldRegions}) and organisation type, with each row's
 * <em>voice share</em>: its share of all contributions divided by its share of all attendees (1 = heard in
 * proportion to presence, below 1 = under-heard).
 *
 * <p>Counted: registrants whose status is CONFIRMED or who attended; contributions of anyone else are left out.
 * Suppression ({@link Suppression}, threshold 5 by default): per table, the people counts — registered, attended,
 * and the people behind each kind of contribution and behind all contributions — go through primary and secondary
 * suppression with the column totals shown. A contribution count is shown only when the count of people behind it
 * is, so "3 people sent 40 messages" never appears; a share is shown only when the counts it divides are.
 */
public final class Participation {

    /** A registrant as the analysis needs them; {@code country} is an ISO alpha-2 code, blank when not asked. */
    public record Registrant(long id, String status, String country, String organisationType, boolean attended,
                             long minutesPresent) {
    }

    /** One contribution: kind is message, question, vote, statement or poll. */
    public record Contribution(long registrantId, String kind) {
    }

    public static final List<String> KINDS = List.of("message", "question", "vote", "statement", "poll");

    public static final String UNKNOWN = WorldRegion.UNKNOWN_NAME;

    private final WorldRegions regions;

    private final Suppression suppression;

    public Participation(WorldRegions regions, Suppression suppression) {
        this.regions = regions;
        this.suppression = suppression;
    }

    public static Participation standard() {
        return new Participation(WorldRegions.standard(), Suppression.standard());
    }

    public ParticipationReport analyse(List<Registrant> registrants, List<Contribution> contributions) {
        Map<Long, Registrant> counted = new LinkedHashMap<>();
        for (Registrant registrant : registrants) {
            if (registrant.attended() || "CONFIRMED".equalsIgnoreCase(registrant.status())) {
                counted.put(registrant.id(), registrant);
            }
        }
        List<Contribution> kept = contributions.stream()
                .filter(c -> c.kind() != null && counted.containsKey(c.registrantId())).toList();
        List<String> kinds = kinds(kept);

        List<Long> minutes = counted.values().stream().filter(Registrant::attended)
                .map(Registrant::minutesPresent).sorted().toList();
        Map<String, Integer> perKind = new LinkedHashMap<>();
        kinds.forEach(kind -> perKind.put(kind, 0));
        kept.forEach(c -> perKind.merge(c.kind(), 1, Integer::sum));

        // each table groups people, not contributions: count each person's contributions once, then group those
        // (a large session has a hundred times more contributions than people)
        Map<Long, Map<String, Integer>> byRegistrant = new HashMap<>();
        for (Contribution contribution : kept) {
            byRegistrant.computeIfAbsent(contribution.registrantId(), id -> new HashMap<>())
                    .merge(contribution.kind(), 1, Integer::sum);
        }

        List<ParticipationTable> tables = new ArrayList<>();
        tables.add(table("country", counted, byRegistrant, kept, kinds,
                r -> blankToUnknown(r.country()).equals(UNKNOWN) ? UNKNOWN
                        : r.country().strip().toUpperCase(Locale.ROOT)));
        tables.add(table("region", counted, byRegistrant, kept, kinds, r -> regions.of(r.country()).region()));
        tables.add(table("subRegion", counted, byRegistrant, kept, kinds,
                r -> regions.of(r.country()).subRegion()));
        tables.add(table("south", counted, byRegistrant, kept, kinds, r -> {
            WorldRegion region = regions.of(r.country());
            return !region.known() ? UNKNOWN : region.south() ? "south" : "north";
        }));
        tables.add(table("organisationType", counted, byRegistrant, kept, kinds,
                r -> blankToUnknown(r.organisationType())));
        return new ParticipationReport(counted.size(), minutes.size(),
                minutes.stream().mapToLong(Long::longValue).sum(), median(minutes), perKind, List.copyOf(tables));
    }

    private ParticipationTable table(String dimension, Map<Long, Registrant> counted,
                                     Map<Long, Map<String, Integer>> byRegistrant, List<Contribution> contributions,
                                     List<String> kinds, Function<Registrant, String> keyOf) {
        Map<String, Integer> registered = new HashMap<>();
        Map<String, Integer> attended = new HashMap<>();
        Map<String, Map<String, Integer>> made = new HashMap<>();
        Map<String, Map<String, Set<Long>>> makers = new HashMap<>();
        for (Registrant registrant : counted.values()) {
            String key = keyOf.apply(registrant);
            registered.merge(key, 1, Integer::sum);
            attended.merge(key, registrant.attended() ? 1 : 0, Integer::sum);
        }
        for (Map.Entry<Long, Map<String, Integer>> person : byRegistrant.entrySet()) {
            String key = keyOf.apply(counted.get(person.getKey()));
            Map<String, Integer> madeHere = made.computeIfAbsent(key, k -> new HashMap<>());
            Map<String, Set<Long>> makersHere = makers.computeIfAbsent(key, k -> new HashMap<>());
            int all = 0;
            for (Map.Entry<String, Integer> kind : person.getValue().entrySet()) {
                madeHere.merge(kind.getKey(), kind.getValue(), Integer::sum);
                makersHere.computeIfAbsent(kind.getKey(), k -> new HashSet<>()).add(person.getKey());
                all += kind.getValue();
            }
            madeHere.merge("", all, Integer::sum);
            makersHere.computeIfAbsent("", k -> new HashSet<>()).add(person.getKey());
        }
        List<String> keys = registered.keySet().stream()
                .sorted(Comparator.<String, Boolean>comparing(UNKNOWN::equals)
                        .thenComparing(Comparator.<String>comparingInt(registered::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<String> columns = new ArrayList<>(kinds);
        columns.add("");
        int[][] people = new int[keys.size()][2 + columns.size()];
        for (int r = 0; r < keys.size(); r++) {
            String key = keys.get(r);
            people[r][0] = registered.get(key);
            people[r][1] = attended.get(key);
            for (int c = 0; c < columns.size(); c++) {
                people[r][2 + c] = makers.getOrDefault(key, Map.of()).getOrDefault(columns.get(c), Set.of()).size();
            }
        }
        SuppressionTable suppressed = suppression.apply(people, false, true);

        int attendedTotal = suppressed.columnTotals().isEmpty() ? 0 : suppressed.columnTotals().get(1);
        int contributionsTotal = contributions.size();
        List<ParticipationRow> rows = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            Map<String, Integer> counts = made.getOrDefault(keys.get(r), Map.of());
            Map<String, SuppressionCell> perKind = new LinkedHashMap<>();
            for (int c = 0; c < kinds.size(); c++) {
                perKind.put(kinds.get(c), gate(suppressed.cell(r, 2 + c), counts.getOrDefault(kinds.get(c), 0)));
            }
            SuppressionCell attendedCell = suppressed.cell(r, 1);
            SuppressionCell all = gate(suppressed.cell(r, 2 + kinds.size()), counts.getOrDefault("", 0));
            Double attendeeShare = share(attendedCell, attendedTotal);
            Double contributionShare = share(all, contributionsTotal);
            Double voiceShare = attendeeShare == null || contributionShare == null || attendeeShare == 0
                    ? null : contributionShare / attendeeShare;
            rows.add(new ParticipationRow(keys.get(r), suppressed.cell(r, 0), attendedCell, perKind, all,
                    attendeeShare, contributionShare, voiceShare));
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        kinds.forEach(kind -> totals.put(kind, 0));
        contributions.forEach(c -> totals.merge(c.kind(), 1, Integer::sum));
        int registeredTotal = suppressed.columnTotals().isEmpty() ? 0 : suppressed.columnTotals().get(0);
        return new ParticipationTable(dimension, List.copyOf(rows), registeredTotal, attendedTotal, totals,
                contributionsTotal);
    }

    /** A contribution count, shown only when the count of people behind it is. */
    private static SuppressionCell gate(SuppressionCell people, int count) {
        return people.suppressed() ? SuppressionCell.hidden(people.reason()) : SuppressionCell.shown(count);
    }

    private static Double share(SuppressionCell cell, int total) {
        return cell.suppressed() || total == 0 ? null : cell.value() / (double) total;
    }

    private static List<String> kinds(List<Contribution> contributions) {
        List<String> kinds = new ArrayList<>(KINDS);
        Set<String> other = new TreeSet<>();
        contributions.stream().map(Contribution::kind).filter(kind -> !KINDS.contains(kind)).forEach(other::add);
        kinds.addAll(other);
        return kinds;
    }

    private static double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static String blankToUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value.strip();
    }
}
