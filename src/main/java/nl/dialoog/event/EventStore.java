package nl.dialoog.event;

import static nl.dialoog.shared.Times.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes events and their parts with plain SQL. Texts travel as JSON objects (language → text). */
@Repository
class EventStore {

    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {
    };

    private static final String EVENT_COLUMNS = """
            id, organisation_id, slug, status, default_language, languages, time_zone, starts_at, ends_at,
            title, summary, description, purpose, calendar_sequence, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EventStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(long organisationId, EventDetails details, Instant start, Instant end, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO event (organisation_id, slug, status, default_language, languages, time_zone,
                            starts_at, ends_at, title, summary, description, purpose, calendar_sequence, version,
                            created_at, updated_at)
                        VALUES (:org, :slug, 'DRAFT', :lang, :languages, :zone, :start, :end, :title, :summary,
                            :description, :purpose, 0, 0, :now, :now)""")
                .param("org", organisationId)
                .params(detailParams(details, start, end))
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, EventDetails details, Instant start, Instant end, boolean rescheduled, Instant now) {
        jdbc.sql("""
                        UPDATE event SET slug = :slug, default_language = :lang, languages = :languages,
                            time_zone = :zone, starts_at = :start, ends_at = :end, title = :title, summary = :summary,
                            description = :description, purpose = :purpose, updated_at = :now, version = version + 1,
                            calendar_sequence = calendar_sequence + :bump
                        WHERE id = :id""")
                .params(detailParams(details, start, end))
                .param("bump", rescheduled ? 1 : 0)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    private Map<String, Object> detailParams(EventDetails details, Instant start, Instant end) {
        return Map.of("slug", details.slug(), "lang", details.defaultLanguage(),
                "languages", String.join(",", details.languages()), "zone", details.zone().getId(),
                "start", utc(start), "end", utc(end),
                "title", write(details.title()), "summary", write(details.summary()),
                "description", write(details.description()), "purpose", write(details.purpose()));
    }

    boolean setStatus(long id, EventStatus status, Instant now) {
        return jdbc.sql("""
                        UPDATE event SET status = :status, updated_at = :now, version = version + 1,
                            published_at = CASE WHEN :status = 'PUBLISHED' THEN :now ELSE published_at END
                        WHERE id = :id AND status <> :status""")
                .param("status", status.name())
                .param("now", utc(now))
                .param("id", id)
                .update() == 1;
    }

    /** Moves the whole programme with the event, so a rescheduled event keeps its agenda. */
    void shiftAgenda(long eventId, java.time.Duration by) {
        for (AgendaItem item : agenda(eventId)) {
            jdbc.sql("UPDATE agenda_item SET starts_at = :start, ends_at = :end WHERE id = :id")
                    .param("start", utc(item.start().plus(by)))
                    .param("end", item.end() == null ? null : utc(item.end().plus(by)))
                    .param("id", item.id())
                    .update();
        }
    }

    boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM event WHERE slug = :slug AND id <> :id")
                .param("slug", slug).param("id", exceptId)
                .query(Long.class).single() > 0;
    }

    Optional<EventView> find(long id) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM event WHERE id = :id").param("id", id)
                .query(this::eventRow).optional().map(this::withParts);
    }

    /** Published events ending at or after {@code now}, soonest first; or those that ended before, latest first. */
    List<EventView> published(Instant now, boolean upcoming, int limit, int offset) {
        String sql = upcoming
                ? "SELECT " + EVENT_COLUMNS + " FROM event WHERE status = 'PUBLISHED' AND ends_at >= :now ORDER BY starts_at"
                : "SELECT " + EVENT_COLUMNS + " FROM event WHERE status = 'PUBLISHED' AND ends_at < :now ORDER BY starts_at DESC";
        return jdbc.sql(sql + " LIMIT :limit OFFSET :offset").param("now", utc(now)).param("limit", limit)
                .param("offset", offset)
                .query(this::eventRow).list();
    }

    List<EventView> ofOrganisation(Long organisationId) {
        String where = organisationId == null ? "" : " WHERE organisation_id = :org";
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM event" + where
                + " ORDER BY starts_at DESC");
        if (organisationId != null) {
            spec = spec.param("org", organisationId);
        }
        return spec.query(this::eventRow).list();
    }

    /**
     * One page of an organisation's events (all events for {@code null}): those not yet ended first, soonest first,
     * then those that ended, latest first.
     */
    List<EventView> ofOrganisation(Long organisationId, Instant now, int limit, int offset) {
        String where = organisationId == null ? "" : " WHERE organisation_id = :org";
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM event" + where + "\n" + """
                         ORDER BY CASE WHEN ends_at >= :now THEN 0 ELSE 1 END,
                                  CASE WHEN ends_at >= :now THEN starts_at END,
                                  starts_at DESC, id DESC
                         LIMIT :limit OFFSET :offset""")
                .param("now", utc(now)).param("limit", limit).param("offset", offset);
        if (organisationId != null) {
            spec = spec.param("org", organisationId);
        }
        return spec.query(this::eventRow).list();
    }

    int countOfOrganisation(Long organisationId) {
        String where = organisationId == null ? "" : " WHERE organisation_id = :org";
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT COUNT(*) FROM event" + where);
        if (organisationId != null) {
            spec = spec.param("org", organisationId);
        }
        return spec.query(Integer.class).single();
    }

    List<String> contacts(long eventId) {
        return jdbc.sql("SELECT email FROM event_contact WHERE event_id = :event ORDER BY email")
                .param("event", eventId).query(String.class).list();
    }

    void replaceContacts(long eventId, List<String> emails) {
        jdbc.sql("DELETE FROM event_contact WHERE event_id = :event").param("event", eventId).update();
        for (String email : emails) {
            jdbc.sql("INSERT INTO event_contact (event_id, email) VALUES (:event, :email)")
                    .param("event", eventId).param("email", email).update();
        }
    }

    // --- parts ---

    long addHost(long eventId, LocalizedText name, String website) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO event_host (event_id, position, name, website)
                        VALUES (:event, (SELECT COALESCE(MAX(position), 0) + 1 FROM event_host WHERE event_id = :event),
                            :name, :website)""")
                .param("event", eventId).param("name", write(name)).param("website", website)
                .update(keys, "id");
        touch(eventId);
        return keys.getKeyAs(Long.class);
    }

    long addSpeaker(long eventId, String name, String organisation, String country, LocalizedText bio) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO event_speaker (event_id, position, name, organisation, country, bio)
                        VALUES (:event, (SELECT COALESCE(MAX(position), 0) + 1 FROM event_speaker WHERE event_id = :event),
                            :name, :organisation, :country, :bio)""")
                .param("event", eventId).param("name", name).param("organisation", organisation)
                .param("country", country).param("bio", write(bio))
                .update(keys, "id");
        touch(eventId);
        return keys.getKeyAs(Long.class);
    }

    /** Adds a programme item before the first one that starts later, so a new item lands where its time says. */
    long addAgendaItem(long eventId, Instant start, Instant end, LocalizedText title, List<Long> speakerIds) {
        int position = jdbc.sql("""
                        SELECT COALESCE(MIN(CASE WHEN starts_at > :start THEN position END), MAX(position) + 1, 1)
                        FROM agenda_item WHERE event_id = :event""")
                .param("event", eventId).param("start", utc(start)).query(Integer.class).single();
        jdbc.sql("UPDATE agenda_item SET position = position + 1 WHERE event_id = :event AND position >= :position")
                .param("event", eventId).param("position", position).update();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO agenda_item (event_id, position, starts_at, ends_at, title)
                        VALUES (:event, :position, :start, :end, :title)""")
                .param("event", eventId).param("position", position).param("start", utc(start))
                .param("end", end == null ? null : utc(end)).param("title", write(title))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (Long speakerId : speakerIds) {
            jdbc.sql("INSERT INTO agenda_item_speaker (agenda_item_id, speaker_id) VALUES (:item, :speaker)")
                    .param("item", id).param("speaker", speakerId).update();
        }
        touch(eventId);
        return id;
    }

    /** Removes one part of an event; the table is chosen by the caller from a fixed set, never from input. */
    boolean removePart(Part part, long eventId, long partId) {
        boolean removed = jdbc.sql("DELETE FROM " + part.table + " WHERE id = :id AND event_id = :event")
                .param("id", partId).param("event", eventId).update() == 1;
        if (removed) {
            touch(eventId);
        }
        return removed;
    }

    /** A changed part is a new version of the event (see {@link EventView#version()}). */
    void touch(long eventId) {
        jdbc.sql("UPDATE event SET version = version + 1 WHERE id = :id").param("id", eventId).update();
    }

    /** The id and version of the event at an address: one indexed row, to tell whether a kept copy is current. */
    Optional<RecentEvents.Stamp> stampBySlug(String slug) {
        return jdbc.sql("SELECT id, version FROM event WHERE slug = :slug").param("slug", slug)
                .query((rs, n) -> new RecentEvents.Stamp(rs.getLong(1), rs.getLong(2))).optional();
    }

    enum Part {
        HOST("event_host"), SPEAKER("event_speaker"), AGENDA_ITEM("agenda_item");

        final String table;

        Part(String table) {
            this.table = table;
        }
    }

    private EventView withParts(EventView event) {
        long id = event.id().value();
        List<Host> hosts = jdbc.sql("""
                        SELECT h.id, h.name, h.website, COALESCE(l.version, 0) FROM event_host h
                        LEFT JOIN event_host_logo l ON l.host_id = h.id
                        WHERE h.event_id = :id ORDER BY h.position, h.id""")
                .param("id", id)
                .query((rs, n) -> new Host(rs.getLong(1), read(rs.getString(2)), rs.getString(3), rs.getInt(4)))
                .list();
        List<Speaker> speakers = jdbc.sql("""
                        SELECT id, name, organisation, country, bio FROM event_speaker
                        WHERE event_id = :id ORDER BY position, id""")
                .param("id", id)
                .query((rs, n) -> new Speaker(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        read(rs.getString(5))))
                .list();
        return new EventView(event.id(), event.organisationId(), event.slug(), event.status(), event.defaultLanguage(),
                event.languages(), event.zone(), event.start(), event.end(), event.title(), event.summary(),
                event.description(), event.purpose(), event.calendarSequence(), event.version(), hosts, speakers,
                agenda(id));
    }

    private List<AgendaItem> agenda(long eventId) {
        record Row(long id, Instant start, Instant end, LocalizedText title) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, starts_at, ends_at, title FROM agenda_item WHERE event_id = :id
                        ORDER BY position, id""")
                .param("id", eventId)
                .query((rs, n) -> new Row(rs.getLong(1), instant(rs, 2), instant(rs, 3), read(rs.getString(4))))
                .list();
        List<AgendaItem> items = new ArrayList<>();
        for (Row row : rows) {
            List<Long> speakers = jdbc.sql("""
                            SELECT s.id FROM agenda_item_speaker a JOIN event_speaker s ON s.id = a.speaker_id
                            WHERE a.agenda_item_id = :item ORDER BY s.position, s.id""")
                    .param("item", row.id()).query(Long.class).list();
            items.add(new AgendaItem(row.id(), row.start(), row.end(), row.title(), speakers));
        }
        return items;
    }

    private EventView eventRow(ResultSet rs, int n) throws SQLException {
        return new EventView(new EventId(rs.getLong("id")), rs.getLong("organisation_id"), rs.getString("slug"),
                EventStatus.valueOf(rs.getString("status")), rs.getString("default_language"),
                Arrays.asList(rs.getString("languages").split(",")), ZoneId.of(rs.getString("time_zone")),
                instant(rs, "starts_at"), instant(rs, "ends_at"), read(rs.getString("title")),
                read(rs.getString("summary")), read(rs.getString("description")), read(rs.getString("purpose")),
                rs.getInt("calendar_sequence"), rs.getLong("version"), List.of(), List.of(), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    String write(LocalizedText text) {
        return json.writeValueAsString(text.values());
    }

    private LocalizedText read(String value) {
        return new LocalizedText(json.readValue(value, TEXT_MAP));
    }
}
