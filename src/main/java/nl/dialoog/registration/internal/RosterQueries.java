package nl.dialoog.registration.internal;

import static nl.dialoog.shared.Times.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.dialoog.registration.RegistrationStatus;
import nl.dialoog.registration.RegistrationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the organiser's paged list: one page of the registrations that match, and their counts, filtered in SQL
 * on the indexes (event and id; event, status and id; the answer index), so a page of an event with 20,000
 * registrations reads 50 rows and two small aggregates instead of every registration.
 */
@Repository
public class RosterQueries {

    /**
     * What to match; null or empty parts do not filter. {@code answers}: question id → one answer key that must
     * be among the answers; {@code searchIn}: the questions whose answers the search also looks in.
     */
    public record Criteria(long eventId, String search, RegistrationStatus status, String language,
                           Map<Long, String> answers, List<Long> searchIn) {
    }

    /** How many matches have a status and a language. */
    public record Count(RegistrationStatus status, String language, int count) {
    }

    private final JdbcClient jdbc;
    private final RegistrationStore store;

    RosterQueries(JdbcClient jdbc, RegistrationStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** The matches from {@code offset}, oldest first, at most {@code limit}. */
    public List<RegistrationView> page(Criteria criteria, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + RegistrationStore.COLUMNS + " FROM registration r WHERE " + where
                        + " ORDER BY r.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params).query(store.views()).list();
    }

    /** The matches counted by status and language, in one pass. */
    public List<Count> counts(Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        return jdbc.sql("SELECT r.status, r.language, COUNT(*) FROM registration r WHERE " + where
                        + " GROUP BY r.status, r.language")
                .params(params)
                .query((rs, n) -> new Count(RegistrationStatus.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getInt(3)))
                .list();
    }

    /** The matches counted per answer of each of {@code questions}: question → answer → count. */
    public Map<Long, Map<String, Integer>> answerCounts(Criteria criteria, List<Long> questions) {
        Map<Long, Map<String, Integer>> counts = new LinkedHashMap<>();
        questions.forEach(question -> counts.put(question, new TreeMap<>()));
        if (questions.isEmpty()) {
            return counts;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        params.put("questions", questions);
        // a question belongs to one event, so counting everyone's answers reads the answer index alone
        boolean everyone = where.equals("r.event_id = :event");
        jdbc.sql("SELECT a.question_id, a.answer, COUNT(*) FROM registration_answer a"
                        + (everyone ? " WHERE a.question_id IN (:questions)"
                        : " JOIN registration r ON r.id = a.registration_id WHERE a.question_id IN (:questions) AND "
                        + where) + " GROUP BY a.question_id, a.answer")
                .params(params)
                .query((rs, n) -> counts.get(rs.getLong(1)).put(rs.getString(2), rs.getInt(3))).list();
        return counts;
    }

    /** Of {@code ids}, those that are registrations of the event. */
    public List<Long> ofEvent(long eventId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM registration WHERE event_id = :event AND id IN (:ids) ORDER BY id")
                .param("event", eventId).param("ids", ids).query(Long.class).list();
    }

    public void rename(long id, String name, Instant now) {
        jdbc.sql("UPDATE registration SET name = :name, updated_at = :now WHERE id = :id")
                .param("name", name).param("now", utc(now)).param("id", id).update();
    }

    private static String where(Criteria criteria, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add("r.event_id = :event");
        params.put("event", criteria.eventId());
        if (criteria.status() != null) {
            parts.add("r.status = :status");
            params.put("status", criteria.status().name());
        }
        if (criteria.language() != null) {
            parts.add("r.language = :language");
            params.put("language", criteria.language());
        }
        if (criteria.search() != null && !criteria.search().isBlank()) {
            String like = "%" + criteria.search().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.put("search", like);
            String inAnswers = criteria.searchIn().isEmpty() ? "" : " OR EXISTS (SELECT 1 FROM registration_answer s"
                    + " WHERE s.registration_id = r.id AND s.question_id IN (:searchIn)"
                    + " AND LOWER(s.answer) LIKE :search)";
            params.put("searchIn", criteria.searchIn());
            parts.add("(LOWER(r.name) LIKE :search OR LOWER(r.email) LIKE :search" + inAnswers + ")");
        }
        int n = 0;
        for (Map.Entry<Long, String> answer : criteria.answers().entrySet()) {
            parts.add("EXISTS (SELECT 1 FROM registration_answer a" + n + " WHERE a" + n + ".registration_id = r.id"
                    + " AND a" + n + ".question_id = :q" + n + " AND a" + n + ".answer = :a" + n + ")");
            params.put("q" + n, answer.getKey());
            params.put("a" + n, answer.getValue());
            n++;
        }
        return String.join(" AND ", parts);
    }
}
