package nl.dialoog.room.live;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes an erased person's name, organisation and country out of the frames their room's log already holds. The
 * log keeps frames as they were sent (an author card in every chat message, a name in every reply preview, in the
 * staff's people and hand frames), so forgetting the participant row alone would leave the name there for anyone
 * who resumes. Only the cards go: what the person said stays, now without a name.
 */
@Component
public class RoomLogErasure {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RoomLogErasure(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Rewrites every frame of the room that names participant {@code participantId}; returns how many changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(long eventId, long participantId, String placeholder) {
        // One rewrite of a room's log at a time, and none while an entry is being numbered: two people erased at
        // once (the retention purge) share frames — a reply names both — and the second rewrite must start from
        // the first one's result, not overwrite it.
        jdbc.sql("SELECT last_seq FROM room WHERE event_id = :event FOR UPDATE").param("event", eventId)
                .query(Long.class).optional();
        Set<Long> messages = new HashSet<>(jdbc.sql(
                        "SELECT id FROM room_chat_message WHERE event_id = :event AND participant_id = :p")
                .param("event", eventId).param("p", participantId).query(Long.class).list());
        // a cheap first sieve: every card of the person carries their id, every reply preview its message's id
        List<Entry> candidates = jdbc.sql("""
                        SELECT seq, public_frame, staff_frame FROM room_event
                        WHERE event_id = :event AND (public_frame LIKE '%"id":%' OR staff_frame LIKE '%"id":%')""")
                .param("event", eventId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        int changed = 0;
        for (Entry entry : candidates) {
            String publicFrame = scrub(entry.publicFrame(), participantId, messages, placeholder);
            String staffFrame = scrub(entry.staffFrame(), participantId, messages, placeholder);
            if (publicFrame != null && !publicFrame.equals(entry.publicFrame())
                    || staffFrame != null && !staffFrame.equals(entry.staffFrame())) {
                jdbc.sql("UPDATE room_event SET public_frame = :public, staff_frame = :staff "
                                + "WHERE event_id = :event AND seq = :seq")
                        .param("public", publicFrame).param("staff", staffFrame)
                        .param("event", eventId).param("seq", entry.seq())
                        .update();
                changed++;
            }
        }
        return changed;
    }

    private record Entry(long seq, String publicFrame, String staffFrame) {
    }

    private String scrub(String frame, long participantId, Set<Long> messages, String placeholder) {
        if (frame == null) {
            return null;
        }
        JsonNode tree = json.readTree(frame);
        return walk(tree, null, participantId, messages, placeholder) ? json.writeValueAsString(tree) : frame;
    }

    /**
     * A person's card is an object with their id and a name: under {@code author}, or a people/hand view (which
     * also has a role). A reply preview ({@code replyTo}) names the author of the message it quotes.
     */
    private static boolean walk(JsonNode node, String key, long participantId, Set<Long> messages,
                                String placeholder) {
        boolean changed = false;
        if (node instanceof ObjectNode object && object.has("name") && object.path("id").isIntegralNumber()) {
            long id = object.path("id").asLong();
            boolean card = id == participantId && ("author".equals(key) || object.has("role"));
            boolean reply = "replyTo".equals(key) && messages.contains(id);
            if (card || reply) {
                object.put("name", placeholder);
                for (String field : List.of("organisation", "country")) {
                    if (object.has(field)) {
                        object.put(field, "");
                    }
                }
                changed = true;
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                changed |= walk(field.getValue(), field.getKey(), participantId, messages, placeholder);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                changed |= walk(element, key, participantId, messages, placeholder);
            }
        }
        return changed;
    }
}
