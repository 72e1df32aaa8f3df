package nl.dialoog.outcome;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.dialoog.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The report rows: one per event, its built content kept as gzipped JSON. */
@Component
class ReportStore {

    /** A build whose node has not finished it in this time died with its node; it may be started again. */
    static final Duration STALE_BUILD = Duration.ofMinutes(10);

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ReportStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    Optional<ReportState> find(long eventId) {
        return jdbc.sql("""
                        SELECT event_id, build_state, build_step, build_error, built_at, content, summary, notes,
                               parts, visibility, published_at, build_started_at
                        FROM outcome_report WHERE event_id = :event""")
                .param("event", eventId)
                .query((rs, n) -> {
                    ReportState.BuildState state = ReportState.BuildState.valueOf(rs.getString(2));
                    OffsetDateTime started = rs.getObject(12, OffsetDateTime.class);
                    String error = rs.getString(4);
                    if (state == ReportState.BuildState.BUILDING && started != null
                            && started.toInstant().plus(STALE_BUILD).isBefore(clock.instant())) {
                        state = ReportState.BuildState.FAILED;
                        error = "outcome.build.stale";
                    }
                    byte[] content = rs.getBytes(6);
                    return new ReportState(rs.getLong(1), state, rs.getString(3), error,
                            instant(rs.getObject(5, OffsetDateTime.class)),
                            content == null ? null : read(content), texts(rs.getString(7)), texts(rs.getString(8)),
                            parts(rs.getString(9)), ReportVisibility.valueOf(rs.getString(10)),
                            instant(rs.getObject(11, OffsetDateTime.class)));
                })
                .optional();
    }

    /**
     * Claims the build: true when this caller may build now (no row, or no build running, or a stale one). One
     * statement each, so two organisers pressing "build" at once start one build.
     */
    boolean claimBuild(long eventId) {
        OffsetDateTime now = now();
        int inserted = jdbc.sql("""
                        INSERT INTO outcome_report (event_id, build_state, build_step, build_started_at, parts,
                                                    updated_at)
                        SELECT :event, 'BUILDING', 'reading', :now, :parts, :now
                        WHERE NOT EXISTS (SELECT 1 FROM outcome_report WHERE event_id = :event)""")
                .param("event", eventId).param("now", now).param("parts", partsText(ReportPart.all()))
                .update();
        if (inserted == 1) {
            return true;
        }
        return jdbc.sql("""
                        UPDATE outcome_report SET build_state = 'BUILDING', build_step = 'reading',
                               build_started_at = :now, build_error = NULL, updated_at = :now
                        WHERE event_id = :event
                          AND (build_state <> 'BUILDING' OR build_started_at < :stale)""")
                .param("event", eventId).param("now", now)
                .param("stale", now.minus(STALE_BUILD))
                .update() == 1;
    }

    void step(long eventId, String step) {
        jdbc.sql("UPDATE outcome_report SET build_step = :step WHERE event_id = :event AND build_state = 'BUILDING'")
                .param("event", eventId).param("step", step).update();
    }

    void built(long eventId, Report report) {
        jdbc.sql("""
                        UPDATE outcome_report SET build_state = 'READY', build_step = NULL, build_error = NULL,
                               content = :content, built_at = :at, updated_at = :at
                        WHERE event_id = :event""")
                .param("event", eventId).param("content", write(report))
                .param("at", Times.utc(report.meta().builtAt()))
                .update();
    }

    void failed(long eventId, String errorKey) {
        jdbc.sql("""
                        UPDATE outcome_report SET build_state = 'FAILED', build_step = NULL, build_error = :error,
                               updated_at = :now
                        WHERE event_id = :event""")
                .param("event", eventId).param("error", errorKey).param("now", now()).update();
    }

    void edit(long eventId, Map<String, String> summary, Map<String, String> notes, Set<ReportPart> parts) {
        jdbc.sql("""
                        UPDATE outcome_report SET summary = :summary, notes = :notes, parts = :parts, updated_at = :now
                        WHERE event_id = :event""")
                .param("event", eventId).param("summary", json.writeValueAsString(summary))
                .param("notes", json.writeValueAsString(notes)).param("parts", partsText(parts))
                .param("now", now()).update();
    }

    void publish(long eventId, ReportVisibility visibility, String linkTokenHash) {
        // published_at: when readers other than the organisers first could read it; cleared when they no longer can
        String publishedAt = visibility == ReportVisibility.ORGANISERS ? "NULL" : "COALESCE(published_at, :now)";
        jdbc.sql("UPDATE outcome_report SET visibility = :visibility, link_token_hash = :hash, published_at = "
                        + publishedAt + ", updated_at = :now WHERE event_id = :event")
                .param("event", eventId).param("visibility", visibility.name()).param("hash", linkTokenHash)
                .param("now", now()).update();
    }

    /** Whether the event's report is on its public results page: one indexed read, no content. */
    boolean isPublic(long eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM outcome_report WHERE event_id = :event AND visibility = 'PUBLIC'")
                .param("event", eventId).query(Integer.class).single() > 0;
    }

    Optional<Long> eventByLink(String tokenHash) {
        return jdbc.sql("SELECT event_id FROM outcome_report WHERE link_token_hash = :hash AND visibility = 'LINK'")
                .param("hash", tokenHash).query(Long.class).optional();
    }

    private OffsetDateTime now() {
        return Times.utc(clock.instant());
    }

    private byte[] write(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            json.writeValue(zip, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Report read(byte[] content) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(content))) {
            return json.readValue(zip, Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> texts(String value) {
        return value == null || value.isBlank() ? Map.of() : new LinkedHashMap<>(json.readValue(value, TEXTS));
    }

    private static Set<ReportPart> parts(String value) {
        Set<ReportPart> parts = EnumSet.noneOf(ReportPart.class);
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                parts.add(ReportPart.valueOf(part.strip()));
            }
        }
        return parts;
    }

    private static String partsText(Set<ReportPart> parts) {
        return parts.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
