package nl.dialoog.outcome.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bin/analyse-polis DIR}: the Pol.is analysis of a folder in Pol.is's open-data format (comments.csv,
 * votes.csv), printed as one JSON document, so that anyone can compare Dialoog with Pol.is on a published
 * conversation or bring an earlier consultation in.
 */
public final class PolisCommand {

    private PolisCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: bin/analyse-polis DIR   (DIR holds Pol.is's comments.csv and votes.csv)");
            System.exit(2);
        }
        run(Path.of(args[0]), System.out);
    }

    /** Reads the export in {@code dir}, analyses it and writes the JSON document to {@code out}. */
    static void run(Path dir, PrintStream out) throws IOException {
        List<PolisVote> votes = read(dir);
        System.err.println("Analysing " + votes.size() + " votes from " + dir);
        write(Polis.analyse(votes), out);
    }

    /**
     * The current votes of a Pol.is export: per voter and comment the vote with the latest timestamp (a later vote
     * replaces an earlier one; on equal timestamps the later row), leaving out comments the moderators rejected
     * ({@code moderated} = -1), as Pol.is leaves them out of its analysis. In this export agree is +1.
     */
    public static List<PolisVote> read(Path dir) throws IOException {
        Set<Long> rejected = new HashSet<>();
        List<List<String>> comments = csv(dir.resolve("comments.csv"));
        Map<String, Integer> commentColumn = header(comments);
        for (List<String> row : comments.subList(1, comments.size())) {
            if ("-1".equals(row.get(commentColumn.get("moderated")).trim())) {
                rejected.add(Long.parseLong(row.get(commentColumn.get("comment-id")).trim()));
            }
        }
        List<List<String>> rows = csv(dir.resolve("votes.csv"));
        Map<String, Integer> column = header(rows);
        record Latest(long timestamp, int vote) {
        }
        Map<List<Long>, Latest> latest = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            long voter = Long.parseLong(row.get(column.get("voter-id")).trim());
            long comment = Long.parseLong(row.get(column.get("comment-id")).trim());
            long timestamp = Long.parseLong(row.get(column.get("timestamp")).trim());
            int vote = Integer.parseInt(row.get(column.get("vote")).trim());
            if (rejected.contains(comment)) {
                continue;
            }
            latest.merge(List.of(voter, comment), new Latest(timestamp, vote),
                    (old, now) -> now.timestamp() >= old.timestamp() ? now : old);
        }
        List<PolisVote> votes = new ArrayList<>(latest.size());
        latest.forEach((key, value) -> votes.add(new PolisVote(key.get(0), key.get(1), value.vote())));
        return votes;
    }

    private static List<List<String>> csv(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = PolisCsv.read(in);
            if (rows.isEmpty()) {
                throw new IOException(file + " is empty; it needs at least its header");
            }
            return rows;
        }
    }

    private static Map<String, Integer> header(List<List<String>> rows) {
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.getFirst();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).trim().replace("\uFEFF", ""), i);
        }
        return column;
    }

    /**
     * The JSON document: {@code participants} (each voter id → its group number, null when not in the
     * conversation), {@code groups} (members, a count, and the representative comments with their direction),
     * {@code consensus} (agree and disagree comment ids) and {@code millis}, the time the analysis itself took.
     */
    static void write(PolisResult result, PrintStream out) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        ObjectNode participants = root.putObject("participants");
        for (Long participant : result.participants()) {
            Integer group = result.groupOf().get(participant);
            if (group == null) {
                participants.putNull(participant.toString());
            } else {
                participants.put(participant.toString(), group);
            }
        }
        ArrayNode groups = root.putArray("groups");
        for (PolisGroup group : result.groups()) {
            ObjectNode node = groups.addObject();
            node.put("members", group.members().size());
            ArrayNode representative = node.putArray("representative");
            for (Representative r : group.representative()) {
                representative.addObject().put("comment", r.statement()).put("direction",
                        r.agree() ? "agree" : "disagree");
            }
        }
        ObjectNode consensus = root.putObject("consensus");
        ArrayNode agree = consensus.putArray("agree");
        result.consensusAgree().forEach(s -> agree.add(s.statement()));
        ArrayNode disagree = consensus.putArray("disagree");
        result.consensusDisagree().forEach(s -> disagree.add(s.statement()));
        root.put("millis", result.millis());
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.flush();
    }
}
