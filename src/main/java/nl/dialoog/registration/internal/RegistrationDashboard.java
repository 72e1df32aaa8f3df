package nl.dialoog.registration.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.dialoog.event.EventDashboard;
import nl.dialoog.event.EventDashboard.Panel;
import nl.dialoog.event.EventView;
import nl.dialoog.mail.MailQueue;
import nl.dialoog.mail.MailStatus;
import nl.dialoog.registration.Question;
import nl.dialoog.registration.QuestionKind;
import nl.dialoog.registration.RegistrationOptions;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.shared.WorldRegions;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registration module's part of an event's dashboard: registrations over time (per hour, or per day in the
 * event's zone once they span more than three days), by status, and — for the active ones — by country, world
 * region and organisation type; the mail sent about the event; and links to the module's tools.
 *
 * <p>Counting is done by the database: statuses, hours, countries and organisation types are grouped in SQL (a
 * handful of queries whatever the number of registrations; see {@link #countAnswers}). Registrations already
 * erased or purged are gone from the table but stay in the anonymous tally, which is added in.
 */
@Component
class RegistrationDashboard implements EventDashboard.Source {

    private static final List<String> ACTIVE = List.of("UNVERIFIED", "AWAITING_APPROVAL", "CONFIRMED", "WAITLISTED");

    private static final Duration DAYS_FROM = Duration.ofDays(3);

    private final JdbcClient jdbc;
    private final OptionsStore options;
    private final RosterStore roster;
    private final MailQueue mail;
    private final MessageSource messages;

    RegistrationDashboard(JdbcClient jdbc, OptionsStore options, RosterStore roster, MailQueue mail,
                          MessageSource messages) {
        this.jdbc = jdbc;
        this.options = options;
        this.roster = roster;
        this.mail = mail;
        this.messages = messages;
    }

    @Override
    public void addTo(EventDashboard dashboard) {
        EventView event = dashboard.event();
        long id = event.id().value();
        String base = "/organiser/events/" + id;
        Locale locale = dashboard.locale();
        dashboard.tool(new EventDashboard.Tool(text("registration.dashboard.tool.registrations", locale),
                base + "/registrations"));
        dashboard.tool(new EventDashboard.Tool(text("registration.dashboard.tool.settings", locale),
                base + "/registration"));
        dashboard.tool(new EventDashboard.Tool(text("registration.dashboard.tool.reminders", locale),
                base + "/reminders"));
        dashboard.tool(new EventDashboard.Tool(text("registration.dashboard.tool.broadcasts", locale),
                base + "/broadcasts"));
        dashboard.tool(new EventDashboard.Tool(text("registration.dashboard.tool.mailTexts", locale),
                base + "/mail-texts"));
        dashboard.tool(new EventDashboard.Tool(text("registration.dashboard.tool.outbox", locale), base + "/mail"));
        dashboard.tool(new EventDashboard.Tool(text("registration.dashboard.tool.export", locale),
                base + "/registrations.csv"));
        dashboard.tool(new EventDashboard.Tool(text("registration.dashboard.tool.audit", locale),
                base + "/registrations/audit"));
        mail(dashboard, base, locale);

        Optional<RegistrationOptions> rules = options.find(id);
        if (rules.isEmpty()) {
            return;
        }
        List<Question> questions = rules.get().questions();
        Map<RegistrationStatus, Integer> byStatus = new EnumMap<>(RegistrationStatus.class);
        jdbc.sql("SELECT status, COUNT(*) FROM registration WHERE event_id = :event GROUP BY status")
                .param("event", id)
                .query((rs, n) -> byStatus.merge(RegistrationStatus.valueOf(rs.getString(1)), rs.getInt(2),
                        Integer::sum))
                .list();
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Integer> types = new HashMap<>();
        for (RosterStore.Tally tally : roster.tallies(id)) {
            if (Traits.TOTAL.equals(tally.dimension())) {
                byStatus.merge(tally.status(), tally.count(), Integer::sum);
            } else if (tally.status().isActive() && Traits.COUNTRY.equals(tally.dimension())) {
                countries.merge(tally.value(), tally.count(), Integer::sum);
            } else if (tally.status().isActive() && Traits.ORGANISATION_TYPE.equals(tally.dimension())) {
                types.merge(tally.value(), tally.count(), Integer::sum);
            }
        }
        int confirmed = byStatus.getOrDefault(RegistrationStatus.CONFIRMED, 0);
        dashboard.confirmed(confirmed);
        Integer capacity = rules.get().capacity();
        int active = byStatus.entrySet().stream().filter(e -> e.getKey().isActive())
                .mapToInt(Map.Entry::getValue).sum();
        dashboard.figure(Panel.REGISTRATIONS, new EventDashboard.Figure(
                text("registration.dashboard.places", locale),
                capacity == null ? text("registration.dashboard.placesOpen", locale, confirmed)
                        : text("registration.dashboard.placesOf", locale, confirmed, capacity),
                base + "/registrations", false));
        dashboard.figure(Panel.REGISTRATIONS, new EventDashboard.Figure(
                text("registration.dashboard.waitlisted", locale),
                String.valueOf(byStatus.getOrDefault(RegistrationStatus.WAITLISTED, 0)), null, false));
        dashboard.figure(Panel.REGISTRATIONS, new EventDashboard.Figure(
                text("registration.dashboard.active", locale), String.valueOf(active), null, false));

        dashboard.series(Panel.REGISTRATIONS, new EventDashboard.Series(
                text("registration.dashboard.overTime", locale), text("registration.dashboard.overTimeNote", locale),
                timeline(id, event.zone()), true));
        List<EventDashboard.Count> statuses = new ArrayList<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            int count = byStatus.getOrDefault(status, 0);
            if (count > 0) {
                statuses.add(new EventDashboard.Count(text("registration.status." + status, locale), count));
            }
        }
        dashboard.breakdown(Panel.REGISTRATIONS, new EventDashboard.Breakdown(
                text("registration.dashboard.byStatus", locale), null, statuses, false));

        Question country = first(questions, QuestionKind.COUNTRY);
        Question type = first(questions, QuestionKind.ORGANISATION_TYPE);
        if (country != null) {
            countAnswers(id, country, countries);
        }
        if (type != null) {
            countAnswers(id, type, types);
        }
        String note = text("registration.dashboard.activeNote", locale);
        if (country != null) {
            Map<String, Integer> regions = new HashMap<>();
            countries.forEach((code, n) -> regions.merge(WorldRegions.standard().of(code).region(), n,
                    Integer::sum));
            dashboard.breakdown(Panel.REGISTRATIONS, new EventDashboard.Breakdown(
                    text("registration.dashboard.byCountry", locale), note, counts(countries, code -> code.isBlank()
                            ? text("registration.dashboard.unanswered", locale)
                            : Locale.of("", code).getDisplayCountry(locale)), true));
            dashboard.breakdown(Panel.REGISTRATIONS, new EventDashboard.Breakdown(
                    text("registration.dashboard.byRegion", locale), note, counts(regions, region ->
                            messages.getMessage("registration.dashboard.region." + region, null, region, locale)),
                    true));
        }
        if (type != null) {
            dashboard.breakdown(Panel.REGISTRATIONS, new EventDashboard.Breakdown(
                    text("registration.dashboard.byOrganisationType", locale), note, counts(types, key ->
                            key.isBlank() ? text("registration.dashboard.unanswered", locale)
                                    : messages.getMessage("registration.orgType." + key, null, key, locale)),
                    true));
        }
    }

    private void mail(EventDashboard dashboard, String base, Locale locale) {
        Map<MailStatus, Integer> mails = mail.countsOfEvent(dashboard.event().id().value());
        int waiting = mails.get(MailStatus.QUEUED) + mails.get(MailStatus.SENDING) + mails.get(MailStatus.RETRYING);
        int failed = mails.get(MailStatus.FAILED);
        dashboard.figure(Panel.MAIL, new EventDashboard.Figure(text("registration.dashboard.mailSent", locale),
                String.valueOf(mails.get(MailStatus.SENT)), base + "/mail?status=SENT", false));
        dashboard.figure(Panel.MAIL, new EventDashboard.Figure(text("registration.dashboard.mailWaiting", locale),
                String.valueOf(waiting), base + "/mail", false));
        dashboard.figure(Panel.MAIL, new EventDashboard.Figure(text("registration.dashboard.mailFailed", locale),
                String.valueOf(failed), base + "/mail?status=FAILED", failed > 0));
    }

    /** Registrations received per hour, or per day in the event's zone when they span more than three days. */
    private List<EventDashboard.Step> timeline(long id, ZoneId zone) {
        TreeMap<Long, Integer> hours = new TreeMap<>();
        jdbc.sql("""
                        SELECT h, COUNT(*) FROM (
                            SELECT FLOOR(EXTRACT(EPOCH FROM created_at) / 3600) AS h FROM registration
                            WHERE event_id = :event) hourly
                        GROUP BY h""")
                .param("event", id)
                .query((rs, n) -> hours.put(rs.getLong(1), rs.getInt(2)))
                .list();
        List<EventDashboard.Step> steps = new ArrayList<>();
        if (hours.isEmpty()) {
            return steps;
        }
        if (hours.lastKey() - hours.firstKey() <= DAYS_FROM.toHours()) {
            for (long hour = hours.firstKey(); hour <= hours.lastKey(); hour++) {
                steps.add(new EventDashboard.Step(Instant.ofEpochSecond(hour * 3600),
                        hours.getOrDefault(hour, 0)));
            }
            return steps;
        }
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        hours.forEach((hour, n) -> days.merge(Instant.ofEpochSecond(hour * 3600).atZone(zone).toLocalDate(), n,
                Integer::sum));
        LocalDate last = Instant.ofEpochSecond(hours.lastKey() * 3600).atZone(zone).toLocalDate();
        for (LocalDate day = Instant.ofEpochSecond(hours.firstKey() * 3600).atZone(zone).toLocalDate();
             !day.isAfter(last); day = day.plusDays(1)) {
            steps.add(new EventDashboard.Step(day.atStartOfDay(zone).toInstant(), days.getOrDefault(day, 0)));
        }
        return steps;
    }

    /**
     * Counts the active registrations by their first answer to a country or organisation type question, in SQL.
     * The answers are the compact JSON {@link RegistrationStore} writes ({@code {"12":["NL"],"13":["ngo"]}}), and
     * the values of these two questions are codes without quotes (ISO country codes, organisation type keys), so the
     * value is the text between {@code "12":["} and the next quote: read with POSITION and SUBSTRING, which H2 and
     * PostgreSQL both have, and grouped by the database rather than parsing every registration's answers here.
     */
    private void countAnswers(long id, Question question, Map<String, Integer> counts) {
        String key = "\"" + question.id() + "\":[\"";
        jdbc.sql("""
                        SELECT answer, COUNT(*) FROM (
                            SELECT CASE WHEN at = 0 THEN ''
                                        WHEN POSITION('"' IN rest) = 0 THEN rest
                                        ELSE SUBSTRING(rest FROM 1 FOR POSITION('"' IN rest) - 1) END AS answer
                            FROM (SELECT POSITION(:key IN answers) AS at,
                                         SUBSTRING(answers FROM POSITION(:key IN answers) + :length FOR 40) AS rest
                                  FROM registration WHERE event_id = :event AND status IN (:active)) located
                        ) answered
                        GROUP BY answer""")
                .param("key", key).param("length", key.length()).param("event", id).param("active", ACTIVE)
                .query((rs, n) -> counts.merge(rs.getString(1) == null ? "" : rs.getString(1), rs.getInt(2),
                        Integer::sum))
                .list();
    }

    /** Largest first, the unanswered last. */
    private static List<EventDashboard.Count> counts(Map<String, Integer> counts,
                                                     java.util.function.Function<String, String> label) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByKey((a, b) -> Boolean.compare(unknown(a), unknown(b)))
                        .thenComparing(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new EventDashboard.Count(label.apply(e.getKey()), e.getValue()))
                .toList();
    }

    private static boolean unknown(String key) {
        return key.isBlank() || "unknown".equals(key);
    }

    private static Question first(List<Question> questions, QuestionKind kind) {
        return questions.stream().filter(q -> q.kind() == kind).findFirst().orElse(null);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
