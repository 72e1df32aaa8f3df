package nl.dialoog.registration.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.dialoog.registration.RegistrationStatus;

/**
 * The invented people of the demo's 2017 edition, from {@code registration/demo-registrants.txt}: a name that is a
 * first name and an initial, an address at {@code demo.invalid} (a domain that can never receive mail), a country,
 * an organisation type and an organisation made of invented place names. The same seed gives the same people, so a
 * demo looks alike on every machine.
 */
public final class DemoRegistrants {

    public static final String DOMAIN = "demo.invalid";
    static final int CANCELLED = 6;
    static final int WAITLISTED = 4;

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant FIRST = LocalDateTime.of(2017, 10, 12, 9, 0).atZone(AMSTERDAM).toInstant();
    private static final Instant LAST = LocalDateTime.of(2017, 11, 8, 22, 0).atZone(AMSTERDAM).toInstant();

    /** One invented registrant; {@code cancelledAt} is set for the few who cancelled before the day. */
    public record Person(String name, String email, String language, String zone, String country, String organisationType,
                  String organisation, RegistrationStatus status, Instant registeredAt, Instant cancelledAt) {
    }

    private record Country(String code, ZoneId zone, boolean south, int count, List<String> firstNames) {
    }

    private record Kind(String type, int weight, List<String> patterns) {
    }

    private DemoRegistrants() {
    }

    /** The registrants in the order they registered: confirmed, a few cancelled, and the last ones waitlisted. */
    public static List<Person> generate(long seed) {
        List<Country> countries = new ArrayList<>();
        Map<String, List<String>> places = new LinkedHashMap<>();
        Map<Boolean, List<Kind>> kinds = new LinkedHashMap<>();
        for (String line : lines()) {
            String[] words = line.split("\\s+", 6);
            switch (words[0]) {
                case "country" -> countries.add(new Country(words[1], ZoneId.of(words[2]), "SOUTH".equals(words[3]),
                        Integer.parseInt(words[4]), split(words[5], ",")));
                case "places" -> places.put(words[1], split(line.split("\\s+", 3)[2], ","));
                case "type" -> kinds.computeIfAbsent("SOUTH".equals(words[1]), south -> new ArrayList<>())
                        .add(new Kind(words[2], Integer.parseInt(words[3]),
                                split(line.split("\\s+", 5)[4], "\\|")));
                default -> throw new IllegalStateException("demo-registrants.txt: " + line);
            }
        }
        Random random = new Random(seed);
        List<Instant> times = new ArrayList<>();
        int total = countries.stream().mapToInt(Country::count).sum();
        long span = Duration.between(FIRST, LAST).toSeconds();
        for (int i = 0; i < total; i++) {
            // more people register in the last week, as they do
            double share = 1 - Math.pow(random.nextDouble(), 1.6);
            times.add(FIRST.plusSeconds((long) (share * span)).truncatedTo(ChronoUnit.SECONDS));
        }
        times.sort(Comparator.naturalOrder());
        List<Country> order = new ArrayList<>();
        countries.forEach(country -> order.addAll(java.util.Collections.nCopies(country.count(), country)));
        java.util.Collections.shuffle(order, random);

        Set<Integer> cancelled = new HashSet<>();
        while (cancelled.size() < CANCELLED) {
            cancelled.add(random.nextInt(total * 2 / 3));
        }
        Instant full = times.get(total - WAITLISTED - 1);
        Set<String> emails = new HashSet<>();
        List<Person> people = new ArrayList<>();
        int active = 0;
        for (int i = 0; i < total; i++) {
            Country country = order.get(i);
            String first = country.firstNames().get(random.nextInt(country.firstNames().size()));
            char initial = (char) ('A' + random.nextInt(26));
            Kind kind = weighted(kinds.get(country.south()), random);
            String place = pick(places.getOrDefault(country.code(), List.of(country.code())), random);
            String organisation = pick(kind.patterns(), random).replace("{place}", place)
                    .replace("{country}", Locale.of("", country.code()).getDisplayCountry(Locale.ENGLISH));
            String email = address(first, initial, emails);
            String language = language(country.code(), random);
            Instant at = times.get(i);
            Instant cancelledAt = null;
            RegistrationStatus status;
            if (cancelled.contains(i)) {
                status = RegistrationStatus.CANCELLED;
                Instant planned = at.plus(Duration.ofHours(24 + random.nextInt(24 * 6)));
                cancelledAt = planned.isBefore(full) ? planned : full.minusSeconds(600);
            } else {
                active++;
                status = active <= total - CANCELLED - WAITLISTED ? RegistrationStatus.CONFIRMED
                        : RegistrationStatus.WAITLISTED;
            }
            people.add(new Person(first + " " + initial + ".", email, language, country.zone().getId(),
                    country.code(), kind.type(), organisation, status, at, cancelledAt));
        }
        return people;
    }

    private static String language(String country, Random random) {
        return switch (country) {
            case "NL" -> random.nextInt(100) < 85 ? "nl" : "en";
            case "BE" -> random.nextBoolean() ? "nl" : "en";
            default -> "en";
        };
    }

    private static String address(String first, char initial, Set<String> taken) {
        String local = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + "." + Character.toLowerCase(initial);
        String email = local + "@" + DOMAIN;
        for (int n = 2; !taken.add(email); n++) {
            email = local + n + "@" + DOMAIN;
        }
        return email;
    }

    private static Kind weighted(List<Kind> kinds, Random random) {
        int draw = random.nextInt(kinds.stream().mapToInt(Kind::weight).sum());
        for (Kind kind : kinds) {
            draw -= kind.weight();
            if (draw < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("no organisation types");
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static List<String> lines() {
        try (InputStream in = DemoRegistrants.class.getResourceAsStream("/registration/demo-registrants.txt")) {
            if (in == null) {
                throw new IllegalStateException("registration/demo-registrants.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
