package nl.dialoog.stage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sums up an event's media samples and handles into {@link MediaQuality}: two queries, the rest in Java (an event
 * has at most a few thousand handles and a sample per track every few seconds).
 */
@Component
class MediaQualities {

    private static final int MAX_MINUTES = 24 * 60;

    private final JdbcClient jdbc;

    MediaQualities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MediaQuality of(long eventId, Instant now) {
        List<MediaQuality.Publisher> publishers = jdbc.sql("""
                        SELECT h.person, MIN(h.role), AVG(s.total), MIN(s.total), SUM(s.lost), SUM(s.packets), COUNT(*)
                        FROM (SELECT handle_id, sampled_at, SUM(bytes_in_sec) AS total, SUM(lost_in) AS lost,
                                     SUM(packets_in) AS packets
                              FROM stage_media_sample WHERE event_id = :event GROUP BY handle_id, sampled_at) s
                        JOIN stage_handle h ON h.handle_id = s.handle_id
                        WHERE h.publisher = TRUE
                        GROUP BY h.person ORDER BY MIN(s.sampled_at)""")
                .param("event", eventId)
                .query((rs, n) -> {
                    long lost = rs.getLong(5);
                    long packets = rs.getLong(6);
                    double loss = lost + packets == 0 ? 0 : Math.round(1000.0 * lost / (lost + packets)) / 10.0;
                    return new MediaQuality.Publisher(rs.getString(1), StageRole.valueOf(rs.getString(2)),
                            Math.round(rs.getDouble(3) * 8 / 1000), rs.getLong(4) * 8 / 1000, loss, rs.getInt(7));
                })
                .list();
        record Span(Instant from, Instant to) {
        }
        List<Span> spans = jdbc.sql("""
                        SELECT attached_at, detached_at FROM stage_handle
                        WHERE event_id = :event AND publisher = FALSE ORDER BY attached_at""")
                .param("event", eventId)
                .query((rs, n) -> new Span(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class) == null ? now
                                : rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        TreeMap<Instant, Integer> perMinute = new TreeMap<>();
        if (!spans.isEmpty()) {
            Instant first = spans.getFirst().from().truncatedTo(ChronoUnit.MINUTES);
            Instant last = spans.stream().map(Span::to).max(Instant::compareTo).orElse(now);
            for (Instant minute = first; !minute.isAfter(last) && perMinute.size() < MAX_MINUTES;
                 minute = minute.plus(1, ChronoUnit.MINUTES)) {
                Instant end = minute.plus(1, ChronoUnit.MINUTES);
                Instant start = minute;
                int watching = (int) spans.stream().filter(s -> s.from().isBefore(end) && s.to().isAfter(start)).count();
                perMinute.put(minute, watching);
            }
        }
        List<MediaQuality.Point> audience = new ArrayList<>();
        perMinute.forEach((minute, count) -> audience.add(new MediaQuality.Point(minute, count)));
        int peak = audience.stream().mapToInt(MediaQuality.Point::watchers).max().orElse(0);
        return new MediaQuality(publishers, audience, peak);
    }
}
