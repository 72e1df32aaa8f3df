package nl.dialoog.room.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import nl.dialoog.room.RoomRole;

/**
 * The demo's session as rows, before they are written: the people (staff from the script, then the attendees),
 * their visits, and everything they said and voted, at times within the webinar. People are referred to by their
 * place in {@link #people}; chat replies and merged questions by the place of their target. Plain Java with a
 * fixed seed: the same attendees give the same session.
 *
 * <p>The statement votes come from three opinion groups with their own chance of agreeing with each statement (see
 * the script): southern attendees lean to group A (shift funding and power to the South), northern ones to B
 * (reform within the current system), and some of each to C (accountability and evidence first).
 */
final class DemoSession {

    static final LocalDate DAY = LocalDate.of(2017, 11, 9);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Set<String> NORTH = Set.of("NL", "BE", "GB", "DE", "FR", "US", "CH");
    private static final Set<String> FRENCH = Set.of("SN", "BF", "CD", "BJ", "ML", "CM", "BE", "FR");
    private static final Set<String> SPANISH = Set.of("BO", "CO", "GT", "PE");
    private static final Set<String> DUTCH = Set.of("NL", "BE");

    /** A registration that attended (its name as registered, and its card). */
    record Attendee(long registrationId, String name, String organisation, String country) {
    }

    record Person(Long registrationId, RoomRole role, String name, String organisation, String country,
                  List<Visit> visits, int group) {

        Instant firstJoin() {
            return visits.getFirst().joined();
        }

        Instant lastEnd() {
            return visits.getLast().end();
        }

        boolean presentAt(Instant at) {
            return visits.stream().anyMatch(visit -> !at.isBefore(visit.joined()) && !at.isAfter(visit.end()));
        }
    }

    /** {@code left} is null for a connection that dropped: the visit ends when the person was last seen. */
    record Visit(Instant joined, Instant lastSeen, Instant left) {

        Instant end() {
            return left == null ? lastSeen : left;
        }
    }

    record Message(int author, Integer replyTo, String body, Instant at, Instant deletedAt, Integer deletedBy) {
    }

    record Question(int author, String body, boolean anonymous, String state, boolean live, Integer mergedInto,
                    Instant at, List<Upvote> upvotes) {
    }

    record Upvote(int person, Instant at) {
    }

    record Poll(String question, boolean multiple, int createdBy, Instant createdAt, Instant launchedAt,
                Instant closedAt, List<String> options, List<Ballot> ballots) {
    }

    record Ballot(int person, Instant at, List<Integer> options) {
    }

    record Statement(int author, String body, String status, boolean seeded, Instant at, Instant decidedAt,
                     int decidedBy) {
    }

    record Vote(int statement, int person, String vote, Instant at) {
    }

    final List<Person> people = new ArrayList<>();
    final List<Message> chat = new ArrayList<>();
    final List<Question> questions = new ArrayList<>();
    final List<Poll> polls = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    final List<Vote> votes = new ArrayList<>();

    private final Random random;
    private final List<Double> talkativeness = new ArrayList<>();
    private int host = -1;
    private final List<Integer> moderators = new ArrayList<>();
    private final List<Integer> panelists = new ArrayList<>();

    private DemoSession(long seed) {
        random = new Random(seed);
    }

    static DemoSession of(DemoScript script, List<Attendee> attendees, long seed) {
        DemoSession session = new DemoSession(seed);
        session.staff(script.staff());
        session.attendees(attendees);
        session.chat(script.chat());
        session.questions(script.questions());
        script.polls().forEach(session::poll);
        session.statements(script);
        return session;
    }

    private void staff(List<DemoScript.Staff> staff) {
        for (DemoScript.Staff member : staff) {
            Instant joined = at(LocalTime.of(10, 35)).plusSeconds(random.nextInt(13 * 60));
            Instant left = at(LocalTime.of(13, 2)).plusSeconds(random.nextInt(8 * 60));
            int index = add(new Person(null, member.role(), member.name(), member.organisation(), member.country(),
                    List.of(new Visit(joined, left, left)), -1), 0);
            switch (member.role()) {
                case HOST -> host = index;
                case MODERATOR -> moderators.add(index);
                default -> panelists.add(index);
            }
        }
    }

    /** Most come on time and stay; some come late or leave early; some lose their connection once. */
    private void attendees(List<Attendee> attendees) {
        for (Attendee attendee : attendees) {
            int arrival = random.nextInt(100);
            Instant joined = arrival < 70 ? between(LocalTime.of(10, 50), LocalTime.of(11, 8))
                    : arrival < 90 ? between(LocalTime.of(11, 8), LocalTime.of(11, 40))
                    : between(LocalTime.of(11, 40), LocalTime.of(12, 15));
            int departure = random.nextInt(100);
            Instant left = departure < 65 ? between(LocalTime.of(12, 52), LocalTime.of(13, 4))
                    : departure < 90 ? between(LocalTime.of(12, 15), LocalTime.of(12, 52))
                    : joined.plus(Duration.ofMinutes(20 + random.nextInt(40)));
            if (left.isBefore(joined.plus(Duration.ofMinutes(15)))) {
                left = joined.plus(Duration.ofMinutes(15 + random.nextInt(10)));
            }
            List<Visit> visits = new ArrayList<>();
            long minutes = Duration.between(joined, left).toMinutes();
            if (random.nextInt(100) < 15 && minutes > 30) {
                Instant drop = joined.plus(Duration.ofMinutes(10 + random.nextInt((int) minutes - 20)));
                visits.add(new Visit(joined, drop, null));
                visits.add(new Visit(drop.plusSeconds(60 + random.nextInt(180)), left, left));
            } else {
                visits.add(new Visit(joined, left, left));
            }
            boolean north = NORTH.contains(attendee.country());
            int draw = random.nextInt(100);
            int group = north ? (draw < 15 ? 0 : draw < 75 ? 1 : 2) : (draw < 55 ? 0 : draw < 75 ? 1 : 2);
            // about a third only listen; the others write now and then, a few a lot
            double talk = random.nextInt(100) < 35 ? 0 : 1 + random.nextInt(5);
            add(new Person(attendee.registrationId(), RoomRole.ATTENDEE, attendee.name(), attendee.organisation(),
                    attendee.country(), List.copyOf(visits), random.nextInt(100) < 7 ? -1 : group), talk);
        }
    }

    private void chat(List<DemoScript.Line> lines) {
        List<Instant> times = times(lines);
        Integer thread = null;
        Integer lastHost = null;
        for (int i = 0; i < lines.size(); i++) {
            DemoScript.Line line = lines.get(i);
            Instant at = times.get(i);
            Integer replyTo = line.reply() ? thread : null;
            Integer parentAuthor = replyTo == null ? null : chat.get(replyTo).author();
            int author = switch (line.role()) {
                case HOST -> host;
                case MODERATOR -> moderators.get(random.nextInt(moderators.size()));
                case PANELIST -> panelist(line, lastHost == null ? "" : chat.get(lastHost).body());
                case ATTENDEE -> speaker(at, line.language(), line.country(),
                        person -> parentAuthor == null || person != parentAuthor);
            };
            Instant deletedAt = line.deleted() ? at.plusSeconds(45) : null;
            chat.add(new Message(author, replyTo, line.text(), at, deletedAt,
                    line.deleted() ? moderators.getFirst() : null));
            if (!line.reply()) {
                thread = chat.size() - 1;
            }
            if (line.role() == RoomRole.HOST) {
                lastHost = chat.size() - 1;
            }
        }
    }

    /** The script's times where it gives them, and evenly spread (with a little jitter) in between. */
    private List<Instant> times(List<DemoScript.Line> lines) {
        List<Instant> times = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).at() != null) {
                Instant start = at(lines.get(from).at());
                Instant end = i == lines.size() ? start.plusSeconds(20L * (i - from)) : at(lines.get(i).at());
                long step = Duration.between(start, end).toSeconds() / (i - from);
                for (int k = from; k < i; k++) {
                    times.add(start.plusSeconds(step * (k - from) + (k == from ? 0 : random.nextLong(step / 2 + 1))));
                }
                from = i;
            }
        }
        return times;
    }

    /** The panelist the host just named, else the one whose country speaks the line's language. */
    private int panelist(DemoScript.Line line, String hostLine) {
        for (int index : panelists) {
            if (hostLine.contains(people.get(index).name().split(" ")[0])) {
                return index;
            }
        }
        return panelists.stream().filter(index -> speaks(people.get(index).country(), line.language()))
                .findFirst().orElse(panelists.getFirst());
    }

    private void questions(List<DemoScript.Ask> asks) {
        Instant first = at(LocalTime.of(11, 6));
        long step = Duration.between(first, at(LocalTime.of(12, 50))).toSeconds() / Math.max(1, asks.size());
        for (int i = 0; i < asks.size(); i++) {
            DemoScript.Ask ask = asks.get(i);
            Instant at = first.plusSeconds(step * i + random.nextLong(step / 2 + 1));
            int author = speaker(at, ask.language(), null, person -> true);
            List<Integer> voters = new ArrayList<>();
            for (int person = 0; person < people.size(); person++) {
                if (person != author && people.get(person).role() == RoomRole.ATTENDEE
                        && people.get(person).lastEnd().isAfter(at.plusSeconds(60))) {
                    voters.add(person);
                }
            }
            java.util.Collections.shuffle(voters, random);
            List<Upvote> upvotes = voters.subList(0, Math.min(ask.upvotes(), voters.size())).stream()
                    .sorted().map(person -> new Upvote(person, during(people.get(person), at, at.plus(
                            Duration.ofMinutes(40))))).toList();
            questions.add(new Question(author, ask.text(), ask.anonymous(), ask.mergedInto() == null ? ask.state()
                    : "MERGED", ask.live(), ask.mergedInto() == null ? null : ask.mergedInto() - 1, at, upvotes));
        }
    }

    private void poll(DemoScript.PollScript script) {
        Instant launched = at(script.launched());
        Instant closed = at(script.closed());
        List<Ballot> ballots = new ArrayList<>();
        int most = script.weights().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (int person = 0; person < people.size(); person++) {
            Person p = people.get(person);
            boolean there = p.visits().stream().anyMatch(v -> v.joined().isBefore(closed) && v.end().isAfter(launched));
            if (p.role() != RoomRole.ATTENDEE || !there || random.nextInt(100) >= 88) {
                continue;
            }
            List<Integer> choice = new ArrayList<>();
            if (script.multiple()) {
                for (int option = 0; option < script.weights().size(); option++) {
                    if (random.nextDouble() < script.weights().get(option) / (most + 10.0)) {
                        choice.add(option);
                    }
                }
            }
            if (choice.isEmpty()) {
                choice.add(weighted(script.weights()));
            }
            ballots.add(new Ballot(person, during(p, launched, closed), choice));
        }
        ballots.sort(Comparator.comparing(Ballot::at));
        polls.add(new Poll(script.question(), script.multiple(), host, launched.minus(Duration.ofMinutes(20)),
                launched, closed, script.labels(), ballots));
    }

    /** Staff seed theirs at the start; participants propose the others, which a moderator accepts (or not). */
    private void statements(DemoScript script) {
        Instant open = at(script.statementsFrom());
        List<DemoScript.Claim> proposed = script.statements().stream().filter(c -> !"seeded".equals(c.kind()))
                .toList();
        Instant firstProposal = open.plus(Duration.ofMinutes(6));
        long step = Duration.between(firstProposal, at(script.statementsUntil())).toSeconds()
                / Math.max(1, proposed.size());
        int seeded = 0;
        int proposals = 0;
        for (DemoScript.Claim claim : script.statements()) {
            if ("seeded".equals(claim.kind())) {
                int author = seeded % 2 == 0 ? host : moderators.getFirst();
                Instant at = open.plusSeconds(15L * seeded++);
                statements.add(new Statement(author, claim.text(), "ACCEPTED", true, at, at, author));
            } else {
                Instant at = firstProposal.plusSeconds(step * proposals++);
                int leaning = claim.agree().length == 0 ? -1 : leaning(claim.agree());
                int author = speaker(at, "en", null, person -> leaning < 0 || people.get(person).group() == leaning);
                Instant decided = at.plusSeconds(60 + random.nextInt(180));
                statements.add(new Statement(author, claim.text(), "rejected".equals(claim.kind()) ? "REJECTED"
                        : "ACCEPTED", false, at, decided, moderators.get(random.nextInt(moderators.size()))));
            }
        }
        for (int s = 0; s < statements.size(); s++) {
            Statement statement = statements.get(s);
            double[] agree = script.statements().get(s).agree();
            if (!"ACCEPTED".equals(statement.status())) {
                continue;
            }
            for (int person = 0; person < people.size(); person++) {
                Person p = people.get(person);
                boolean proposer = !statement.seeded() && statement.author() == person;
                if (p.group() < 0 || p.lastEnd().isBefore(statement.decidedAt().plus(Duration.ofMinutes(2)))
                        || !proposer && random.nextInt(100) >= 90) {
                    continue;
                }
                double draw = random.nextDouble();
                double yes = agree[p.group()];
                String vote = proposer || draw < yes ? "AGREE" : draw < yes + (1 - yes) * 0.85 ? "DISAGREE" : "PASS";
                votes.add(new Vote(s, person, vote, during(p, statement.decidedAt(),
                        statement.decidedAt().plus(Duration.ofMinutes(25)))));
            }
        }
        votes.sort(Comparator.comparing(Vote::at));
    }

    /** Someone present who writes in this language (from this country, where the script says so). */
    private int speaker(Instant at, String language, String country, Predicate<Integer> allowed) {
        List<Predicate<Integer>> wishes = new ArrayList<>();
        if (country != null) {
            wishes.add(person -> people.get(person).country().equals(country) && people.get(person).presentAt(at));
            wishes.add(person -> people.get(person).country().equals(country));
        }
        wishes.add(person -> speaks(people.get(person).country(), language) && people.get(person).presentAt(at));
        wishes.add(person -> people.get(person).presentAt(at));
        wishes.add(person -> true);
        for (Predicate<Integer> wish : wishes) {
            List<Integer> candidates = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (int person = 0; person < people.size(); person++) {
                if (people.get(person).role() == RoomRole.ATTENDEE && allowed.test(person) && wish.test(person)) {
                    candidates.add(person);
                    // a named country or a rare language finds its writer even among those who mostly listen
                    weights.add(talkativeness.get(person) + (country != null || !"en".equals(language) ? 0.5 : 0));
                }
            }
            double total = weights.stream().mapToDouble(Double::doubleValue).sum();
            if (!candidates.isEmpty() && total > 0) {
                double draw = random.nextDouble() * total;
                for (int i = 0; i < candidates.size(); i++) {
                    draw -= weights.get(i);
                    if (draw < 0) {
                        return candidates.get(i);
                    }
                }
                return candidates.getLast();
            }
        }
        throw new IllegalStateException("the demo session has no attendees");
    }

    private static boolean speaks(String country, String language) {
        return switch (language) {
            case "fr" -> FRENCH.contains(country);
            case "es" -> SPANISH.contains(country);
            case "nl" -> DUTCH.contains(country);
            default -> !SPANISH.contains(country) || country.equals("CO");
        };
    }

    private static int leaning(double[] agree) {
        int best = 0;
        for (int group = 1; group < agree.length; group++) {
            if (agree[group] > agree[best]) {
                best = group;
            }
        }
        return best;
    }

    /** A moment in [from, until] when the person is in the room (or their last moment there). */
    private Instant during(Person person, Instant from, Instant until) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Instant start = from.isBefore(person.firstJoin()) ? person.firstJoin() : from;
            Instant end = until.isAfter(person.lastEnd()) ? person.lastEnd() : until;
            long span = Math.max(1, Duration.between(start, end).toSeconds());
            Instant at = start.plusSeconds(random.nextLong(span));
            if (person.presentAt(at)) {
                return at;
            }
        }
        return person.lastEnd().isBefore(from) ? from : person.lastEnd();
    }

    private int weighted(List<Integer> weights) {
        int draw = random.nextInt(weights.stream().mapToInt(Integer::intValue).sum());
        for (int i = 0; i < weights.size(); i++) {
            draw -= weights.get(i);
            if (draw < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }

    private int add(Person person, double talk) {
        people.add(person);
        talkativeness.add(talk);
        return people.size() - 1;
    }

    private Instant between(LocalTime from, LocalTime until) {
        return at(from).plusSeconds(random.nextLong(Duration.between(from, until).toSeconds()));
    }

    static Instant at(LocalTime time) {
        return DAY.atTime(time).atZone(ZONE).toInstant();
    }
}
