package nl.dialoog.outcome.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The two Pol.is conversations in src/test/resources/polis (CC BY 4.0, see ATTRIBUTION.md there). */
final class PolisExports {

    static final String BREXIT = "brexit-consensus";
    static final String LONDON = "london.youth.policing";

    private PolisExports() {
    }

    static Path folder(String conversation) {
        try {
            return Path.of(PolisExports.class.getResource("/polis/" + conversation + "/votes.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<List<String>> csv(String conversation, String file) {
        try (var in = Files.newBufferedReader(folder(conversation).resolve(file))) {
            return PolisCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Participant → the group Pol.is put them in, for those it grouped (participants-votes.csv's group-id). */
    static Map<Long, Integer> polisGroups(String conversation) {
        List<List<String>> rows = csv(conversation, "participants-votes.csv");
        int participant = rows.getFirst().indexOf("participant");
        int group = rows.getFirst().indexOf("group-id");
        Map<Long, Integer> groups = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (!row.get(group).isBlank()) {
                groups.put(Long.parseLong(row.get(participant)), Integer.parseInt(row.get(group)));
            }
        }
        return groups;
    }

    /** Comment id → its text. */
    static Map<Long, String> comments(String conversation) {
        List<List<String>> rows = csv(conversation, "comments.csv");
        int id = rows.getFirst().indexOf("comment-id");
        int body = rows.getFirst().indexOf("comment-body");
        Map<Long, String> texts = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            texts.put(Long.parseLong(row.get(id)), row.get(body));
        }
        return texts;
    }

    /**
     * The share of {@code reference}'s participants that {@code ours} puts in the matching group, under the best
     * one-to-one matching of group labels (tried exhaustively: at most 5 groups each). A participant we did not group
     * counts as a mismatch.
     */
    static double agreement(Map<Long, Integer> reference, Map<Long, Integer> ours) {
        int theirs = reference.values().stream().mapToInt(g -> g).max().orElse(-1) + 1;
        int mine = ours.values().stream().mapToInt(g -> g).max().orElse(-1) + 1;
        int[][] overlap = new int[theirs][mine];
        reference.forEach((participant, group) -> {
            Integer our = ours.get(participant);
            if (our != null) {
                overlap[group][our]++;
            }
        });
        return best(overlap, 0, new boolean[mine]) / (double) reference.size();
    }

    private static int best(int[][] overlap, int group, boolean[] used) {
        if (group == overlap.length) {
            return 0;
        }
        int best = best(overlap, group + 1, used);
        for (int our = 0; our < used.length; our++) {
            if (!used[our]) {
                used[our] = true;
                best = Math.max(best, overlap[group][our] + best(overlap, group + 1, used));
                used[our] = false;
            }
        }
        return best;
    }

    static List<PolisVote> votes(String conversation) {
        try {
            return new ArrayList<>(PolisCommand.read(folder(conversation)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
