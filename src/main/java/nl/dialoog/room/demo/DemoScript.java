package nl.dialoog.room.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dialoog.room.RoomRole;

/** What {@code room/demo-session.txt} says happened; its header explains the format. */
record DemoScript(List<Staff> staff, List<Line> chat, List<Ask> questions, List<PollScript> polls,
                  LocalTime statementsFrom, LocalTime statementsUntil, List<Claim> statements) {

    record Staff(RoomRole role, String name, String organisation, String country) {
    }

    /** A chat line; {@code at} is set only where the script gives a time. */
    record Line(boolean reply, boolean deleted, RoomRole role, String language, String country, String text,
                LocalTime at) {
    }

    record Ask(String state, boolean live, Integer mergedInto, int upvotes, boolean anonymous, String language,
               String text) {
    }

    record PollScript(String question, boolean multiple, LocalTime launched, LocalTime closed, List<Integer> weights,
                      List<String> labels) {
    }

    /** A statement; {@code agree} holds the chance of agreeing in each opinion group (empty when rejected). */
    record Claim(String kind, double[] agree, String text) {
    }

    private static final Pattern CHAT = Pattern.compile(
            "^(>\\s*)?(x\\s+)?(?:(host|mod|panel)\\s+)?(en|nl|fr|es)(?:/([A-Z]{2}))?:\\s*(.+)$");
    private static final Pattern POLL = Pattern.compile(
            "^\\[poll( multiple)? (\\d\\d:\\d\\d)-(\\d\\d:\\d\\d)]\\s*(.+)$");
    private static final Pattern STATEMENTS = Pattern.compile("^\\[statements (\\d\\d:\\d\\d)-(\\d\\d:\\d\\d)]$");

    static DemoScript read() {
        List<Staff> staff = new ArrayList<>();
        List<Line> chat = new ArrayList<>();
        List<Ask> questions = new ArrayList<>();
        List<PollScript> polls = new ArrayList<>();
        List<Claim> statements = new ArrayList<>();
        LocalTime[] window = new LocalTime[2];
        String section = "";
        LocalTime next = null;
        for (String line : lines()) {
            Matcher poll = POLL.matcher(line);
            Matcher claims = STATEMENTS.matcher(line);
            if (poll.matches()) {
                section = "poll";
                polls.add(new PollScript(poll.group(4), poll.group(1) != null, LocalTime.parse(poll.group(2)),
                        LocalTime.parse(poll.group(3)), new ArrayList<>(), new ArrayList<>()));
            } else if (claims.matches()) {
                section = "statements";
                window[0] = LocalTime.parse(claims.group(1));
                window[1] = LocalTime.parse(claims.group(2));
            } else if (line.startsWith("[")) {
                section = line.substring(1, line.length() - 1);
            } else {
                String[] fields = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
                switch (section) {
                    case "staff" -> staff.add(new Staff(RoomRole.valueOf(fields[0]), fields[1], fields[2], fields[3]));
                    case "chat" -> {
                        if (line.startsWith("@")) {
                            next = LocalTime.parse(line.substring(1));
                        } else {
                            chat.add(chat(line, next));
                            next = null;
                        }
                    }
                    case "questions" -> questions.add(ask(fields));
                    case "poll" -> {
                        polls.getLast().weights().add(Integer.parseInt(fields[0]));
                        polls.getLast().labels().add(fields[1]);
                    }
                    case "statements" -> statements.add(new Claim(fields[0], "-".equals(fields[1]) ? new double[0]
                            : Arrays.stream(fields[1].split("\\s+")).mapToDouble(Double::parseDouble).toArray(),
                            fields[2]));
                    default -> throw new IllegalStateException("demo-session.txt: " + line);
                }
            }
        }
        return new DemoScript(staff, chat, questions, polls, window[0], window[1], statements);
    }

    private static Line chat(String line, LocalTime at) {
        Matcher m = CHAT.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException("demo-session.txt, chat: " + line);
        }
        RoomRole role = m.group(3) == null ? RoomRole.ATTENDEE : switch (m.group(3)) {
            case "host" -> RoomRole.HOST;
            case "mod" -> RoomRole.MODERATOR;
            default -> RoomRole.PANELIST;
        };
        return new Line(m.group(1) != null, m.group(2) != null, role, m.group(4), m.group(5), m.group(6), at);
    }

    private static Ask ask(String[] fields) {
        String[] state = fields[0].split("\\s+");
        boolean live = "LIVE".equals(state[0]);
        return new Ask(live ? "ANSWERED" : state[0], live, state.length > 1 ? Integer.valueOf(state[1]) : null,
                Integer.parseInt(fields[1]), "anon".equals(fields[2]), fields[3], fields[4]);
    }

    private static List<String> lines() {
        try (InputStream in = DemoScript.class.getResourceAsStream("/room/demo-session.txt")) {
            if (in == null) {
                throw new IllegalStateException("room/demo-session.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
