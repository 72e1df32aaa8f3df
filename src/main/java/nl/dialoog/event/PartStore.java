package nl.dialoog.event;

import static nl.dialoog.shared.Times.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes to an event's parts once they exist: their texts, their order and co-hosts' logos. Every change is a new
 * version of the event, as adding or removing a part is ({@link EventStore}).
 */
@Repository
class PartStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PartStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean updateHost(long eventId, long hostId, HostDetails host) {
        return changed(eventId, jdbc.sql("""
                        UPDATE event_host SET name = :name, website = :website WHERE id = :id AND event_id = :event""")
                .param("name", json.writeValueAsString(host.name().values())).param("website", host.website())
                .param("id", hostId).param("event", eventId).update());
    }

    boolean updateSpeaker(long eventId, long speakerId, SpeakerDetails speaker) {
        return changed(eventId, jdbc.sql("""
                        UPDATE event_speaker SET name = :name, organisation = :organisation, country = :country,
                            bio = :bio
                        WHERE id = :id AND event_id = :event""")
                .param("name", speaker.name()).param("organisation", speaker.organisation())
                .param("country", speaker.country()).param("bio", json.writeValueAsString(speaker.bio().values()))
                .param("id", speakerId).param("event", eventId).update());
    }

    boolean updateAgendaItem(long eventId, long itemId, Instant start, Instant end, LocalizedText title,
                             List<Long> speakerIds) {
        boolean found = jdbc.sql("""
                        UPDATE agenda_item SET starts_at = :start, ends_at = :end, title = :title
                        WHERE id = :id AND event_id = :event""")
                .param("start", utc(start)).param("end", end == null ? null : utc(end))
                .param("title", json.writeValueAsString(title.values()))
                .param("id", itemId).param("event", eventId).update() == 1;
        if (found) {
            jdbc.sql("DELETE FROM agenda_item_speaker WHERE agenda_item_id = :item").param("item", itemId).update();
            for (Long speakerId : speakerIds) {
                jdbc.sql("INSERT INTO agenda_item_speaker (agenda_item_id, speaker_id) VALUES (:item, :speaker)")
                        .param("item", itemId).param("speaker", speakerId).update();
            }
        }
        return changed(eventId, found ? 1 : 0);
    }

    /**
     * Swaps a part with its neighbour and numbers the whole list again from 1, so equal or missing positions left by
     * older data cannot make a move do nothing. False when the part is not the event's; true (nothing changed) when
     * it is already first or last.
     */
    boolean move(EventStore.Part part, long eventId, long partId, PartMove move) {
        List<Long> ids = new ArrayList<>(jdbc.sql("SELECT id FROM " + part.table
                        + " WHERE event_id = :event ORDER BY position, id")
                .param("event", eventId).query(Long.class).list());
        int at = ids.indexOf(partId);
        if (at < 0) {
            return false;
        }
        int to = move == PartMove.UP ? at - 1 : at + 1;
        if (to < 0 || to >= ids.size()) {
            return true;
        }
        ids.set(at, ids.get(to));
        ids.set(to, partId);
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("UPDATE " + part.table + " SET position = :position WHERE id = :id")
                    .param("position", i + 1).param("id", ids.get(i)).update();
        }
        return changed(eventId, 1);
    }

    /**
     * Stores a checked logo; its version is the event's new version, which only ever grows, so a logo removed and
     * uploaded again never gets an address a browser has kept. False when the host is not the event's.
     */
    boolean setLogo(long eventId, long hostId, String mediaType, byte[] content, Instant now) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM event_host WHERE id = :id AND event_id = :event")
                .param("id", hostId).param("event", eventId).query(Long.class).single() == 1;
        if (!known) {
            return false;
        }
        changed(eventId, 1);
        int version = jdbc.sql("SELECT version FROM event WHERE id = :id").param("id", eventId)
                .query(Integer.class).single();
        int updated = jdbc.sql("""
                        UPDATE event_host_logo SET version = :version, media_type = :type, content = :content,
                            updated_at = :now
                        WHERE host_id = :id""")
                .param("version", version).param("type", mediaType).param("content", content)
                .param("now", utc(now)).param("id", hostId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO event_host_logo (host_id, version, media_type, content, updated_at)
                            VALUES (:id, :version, :type, :content, :now)""")
                    .param("id", hostId).param("version", version).param("type", mediaType)
                    .param("content", content).param("now", utc(now)).update();
        }
        return true;
    }

    boolean removeLogo(long eventId, long hostId) {
        return changed(eventId, jdbc.sql("""
                        DELETE FROM event_host_logo
                        WHERE host_id = :id AND host_id IN (SELECT id FROM event_host WHERE event_id = :event)""")
                .param("id", hostId).param("event", eventId).update());
    }

    Optional<HostLogo> logo(long hostId) {
        return jdbc.sql("SELECT host_id, version, media_type, content FROM event_host_logo WHERE host_id = :id")
                .param("id", hostId)
                .query((rs, n) -> new HostLogo(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    private boolean changed(long eventId, int rows) {
        if (rows == 0) {
            return false;
        }
        jdbc.sql("UPDATE event SET version = version + 1 WHERE id = :id").param("id", eventId).update();
        return true;
    }
}
