package nl.dialoog.registration.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the answer index for registrations written before it existed (or straight into the table, as the
 * benchmarks do), in batches at start-up. A registration that answered something and has no index rows is one the
 * index missed; writing its rows twice is harmless, as {@link AnswerIndex#write} replaces them.
 */
@Component
public class AnswerIndexBackfill {

    private static final TypeReference<Map<Long, List<String>>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AnswerIndex index;
    private final TransactionTemplate transactions;

    AnswerIndexBackfill(JdbcClient jdbc, JsonMapper json, AnswerIndex index, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.index = index;
        this.transactions = transactions;
    }

    /** Indexes every registration the index misses; returns how many. */
    @EventListener(ApplicationReadyEvent.class)
    public int run() {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Map.Entry<Long, String>> batch = jdbc.sql("""
                            SELECT r.id, r.answers FROM registration r
                            WHERE r.id > :after AND r.answers <> '{}' AND NOT EXISTS
                                (SELECT 1 FROM registration_answer a WHERE a.registration_id = r.id)
                            ORDER BY r.id FETCH FIRST 500 ROWS ONLY""")
                    .param("after", from)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
            if (batch.isEmpty()) {
                return done;
            }
            transactions.executeWithoutResult(status -> batch.forEach(row ->
                    index.write(row.getKey(), json.readValue(row.getValue(), ANSWERS))));
            done += batch.size();
            after = batch.getLast().getKey();
        }
    }
}
